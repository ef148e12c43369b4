package org.schoolscope.assessment.domain;

import java.util.Objects;

/**
 * One line of a line diff between two texts: kept, added or removed, with its number in the text before (0 when
 * added) and in the text after (0 when removed).
 */
public record DiffLine(Change change, int numberBefore, int numberAfter, String text) {

    public enum Change {
        KEPT, ADDED, REMOVED
    }

    public DiffLine {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(text, "text");
    }

    public boolean changed() {
        return change != Change.KEPT;
    }
}
