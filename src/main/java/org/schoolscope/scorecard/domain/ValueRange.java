package org.schoolscope.scorecard.domain;

import java.math.BigDecimal;

/**
 * The values an indicator's unit can take, for an officer's entry: a percentage from 0 to 100; a number (a count of
 * children) 0 or more, whole when the indicator shows no decimal places; a score from -1,000 to 1,000 (progress
 * scores are negative below the national average).
 */
public final class ValueRange {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SCORE_LIMIT = BigDecimal.valueOf(1000);

    private ValueRange() {
    }

    public static boolean allows(BigDecimal value, Indicator indicator) {
        return switch (indicator.unit()) {
            case PERCENT -> value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
            case NUMBER -> value.signum() >= 0 && (indicator.decimals() > 0 || whole(value));
            case SCORE -> value.abs().compareTo(SCORE_LIMIT) <= 0;
        };
    }

    private static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
