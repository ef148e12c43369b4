package org.schoolscope.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * A letter of concern to a school's headteacher and governors (seed 004, Stage 3), where engagement in school
 * improvement or progress is insufficient: the concerns, the actions the school must take, and who signs it. The
 * improvement cycle decides to send one; this record is all the letter needs, so it can be wired to that decision.
 */
public record LetterOfConcern(Urn urn, LocalDate date, List<String> concerns, List<String> requiredActions,
        String signatory) {

    public LetterOfConcern {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(date, "date");
        concerns = clean(concerns);
        requiredActions = clean(requiredActions);
        if (concerns.isEmpty()) {
            throw new IllegalArgumentException("A letter of concern states at least one concern");
        }
        if (requiredActions.isEmpty()) {
            throw new IllegalArgumentException("A letter of concern states at least one required action");
        }
        if (signatory == null || signatory.isBlank()) {
            throw new IllegalArgumentException("A letter of concern needs a signatory");
        }
        signatory = signatory.strip();
    }

    private static List<String> clean(List<String> lines) {
        return lines == null ? List.of()
                : lines.stream().filter(Objects::nonNull).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
