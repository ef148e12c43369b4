package org.schoolscope.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.schoolscope.casework.domain.CaseCategory;
import org.schoolscope.casework.domain.CaseKind;
import org.schoolscope.casework.domain.Channel;
import org.schoolscope.casework.domain.Relationship;
import org.schoolscope.shared.Urn;

/** A concern to log: what, when, how and about which schools, and who raised it (unless anonymous). */
public record NewCase(CaseKind kind, Channel channel, CaseCategory category, LocalDate receivedOn, String summary,
        Set<Urn> schools, boolean anonymous, String name, String contact, Relationship relationship) {

    public NewCase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(relationship, "relationship");
        schools = Set.copyOf(schools);
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("A case says what the concern is");
        }
        if (!anonymous && (name == null || name.isBlank())) {
            throw new IllegalArgumentException("A case not raised anonymously names who raised it");
        }
    }
}
