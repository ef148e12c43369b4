package org.schoolscope.profile.read;

import java.math.BigDecimal;

/**
 * One published figure: a number, a text, or "not available" with the reason the publisher gave (never a zero),
 * together with what was in the file and where it came from. {@code breakdown} names the group a benchmark covers
 * ("State-funded primary") and is empty for all schools. {@code computedMethod} is null for a published value, and
 * otherwise says how the value was computed from published ones, for the reader to check.
 */
public record PublishedFigure(BigDecimal value, String textValue, String unavailable, String rawValue,
        String breakdown, String sourceFile, long importId, String computedMethod) {

    /** A value as a file published it. */
    public PublishedFigure(BigDecimal value, String textValue, String unavailable, String rawValue, String breakdown,
            String sourceFile, long importId) {
        this(value, textValue, unavailable, rawValue, breakdown, sourceFile, importId, null);
    }

    /** Whether the value is an average DfE does not publish, computed here ({@link #computedMethod} says how). */
    public boolean computed() {
        return computedMethod != null;
    }

    public boolean available() {
        return unavailable == null;
    }
}
