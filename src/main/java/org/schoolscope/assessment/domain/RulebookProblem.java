package org.schoolscope.assessment.domain;

import java.util.Objects;

/**
 * Why a rulebook was refused: which part (a rule id, or "categories", "parameters"...), where in its condition
 * (position from 1, or 0 when the problem is not in a condition) and what is wrong, naming the offending name.
 */
public record RulebookProblem(String where, int position, String message) {

    public RulebookProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    public String describe() {
        return position > 0 ? where + ", position " + position + ": " + message : where + ": " + message;
    }
}
