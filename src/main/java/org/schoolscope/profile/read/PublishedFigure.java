package org.schoolscope.profile.read;

import java.math.BigDecimal;

/**
 * One published figure: a number, a text, or "not available" with the reason the publisher gave (never a zero),
 * together with what was in the file and where it came from. {@code breakdown} names the group a benchmark covers
 * ("State-funded primary") and is empty for all schools.
 */
public record PublishedFigure(BigDecimal value, String textValue, String unavailable, String rawValue,
        String breakdown, String sourceFile, long importId) {

    public boolean available() {
        return unavailable == null;
    }
}
