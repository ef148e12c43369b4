package org.schoolscope.scorecard.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An indicator's value in one period, the period as stored ({@code 2015-16}, {@code FY2015-16}, {@code CY2016}); a
 * null value is "not available".
 */
public record Point(String period, BigDecimal value) {

    public Point {
        Objects.requireNonNull(period, "period");
    }
}
