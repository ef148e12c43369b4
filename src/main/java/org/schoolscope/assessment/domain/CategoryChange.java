package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * One school whose category differs between two assessments, and why: the rules that fired only before and only
 * after. A category is null where the school was not assessed on that side (opened or closed in between).
 */
public record CategoryChange(Urn urn, Movement movement, String categoryBefore, String categoryAfter,
        List<String> firedOnlyBefore, List<String> firedOnlyAfter) {

    /** Onto the list (from no concern), off it, or from one concern category to another. */
    public enum Movement {
        MOVED_IN, MOVED_OUT, CHANGED_CATEGORY
    }

    public CategoryChange {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(movement, "movement");
        firedOnlyBefore = List.copyOf(firedOnlyBefore);
        firedOnlyAfter = List.copyOf(firedOnlyAfter);
    }
}
