package org.schoolscope.correspondence.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.schoolscope.shared.TextLimits;

/** The letter-of-concern form as typed: one concern, and one required action, a line. */
public record LetterOfConcernForm(String concerns, String requiredActions) {

    public record Problem(String field, String messageKey) {
    }

    public List<String> concernLines() {
        return lines(concerns);
    }

    public List<String> actionLines() {
        return lines(requiredActions);
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (!TextLimits.within(concerns, TextLimits.FREE_TEXT)) {
            problems.add(new Problem("concerns", "correspondence.concern.error.tooLong"));
        } else if (concernLines().isEmpty()) {
            problems.add(new Problem("concerns", "correspondence.concern.error.concerns"));
        }
        if (!TextLimits.within(requiredActions, TextLimits.FREE_TEXT)) {
            problems.add(new Problem("requiredActions", "correspondence.concern.error.tooLong"));
        } else if (actionLines().isEmpty()) {
            problems.add(new Problem("requiredActions", "correspondence.concern.error.actions"));
        }
        return problems;
    }

    public boolean hasProblem(List<Problem> problems, String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
