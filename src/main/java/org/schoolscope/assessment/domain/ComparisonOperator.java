package org.schoolscope.assessment.domain;

/** The comparisons a condition may make, each with the words an explanation uses for it. */
public enum ComparisonOperator {
    LESS("<", "below"),
    LESS_OR_EQUAL("<=", "at or below"),
    GREATER(">", "above"),
    GREATER_OR_EQUAL(">=", "at or above"),
    EQUAL("==", "equal to"),
    NOT_EQUAL("!=", "not equal to");

    private final String symbol;
    private final String phrase;

    ComparisonOperator(String symbol, String phrase) {
        this.symbol = symbol;
        this.phrase = phrase;
    }

    public String symbol() {
        return symbol;
    }

    public String phrase() {
        return phrase;
    }

    /** Only meaningful for numbers; text compares with {@link #EQUAL} and {@link #NOT_EQUAL} alone. */
    public boolean isOrdering() {
        return this != EQUAL && this != NOT_EQUAL;
    }

    public boolean holds(double left, double right) {
        switch (this) {
            case LESS:
                return left < right;
            case LESS_OR_EQUAL:
                return left <= right;
            case GREATER:
                return left > right;
            case GREATER_OR_EQUAL:
                return left >= right;
            case EQUAL:
                return left == right;
            case NOT_EQUAL:
                return left != right;
            default:
                throw new IllegalStateException("Unknown comparison " + this);
        }
    }

    public static ComparisonOperator ofSymbol(String symbol) {
        for (ComparisonOperator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("Not a comparison: " + symbol);
    }
}
