package org.schoolscope.assessment.domain;

/** A condition that does not parse, with the character position (from 1) where reading it failed. */
public class ExpressionSyntaxException extends RuntimeException {

    private final int position;

    public ExpressionSyntaxException(int position, String message) {
        super(message);
        this.position = position;
    }

    /** Position counted from 1, as a person reading the rulebook counts characters. */
    public int position() {
        return position;
    }
}
