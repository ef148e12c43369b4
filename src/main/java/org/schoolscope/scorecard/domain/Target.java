package org.schoolscope.scorecard.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** An indicator's target: one of the kinds seed 001 sets ("NAT AVE", "Reducing trend", 0, 99%, "TBC"). */
public sealed interface Target {

    /** A value to reach, with a tolerance within which a miss is Amber rather than Red. */
    record Value(BigDecimal value, BigDecimal tolerance) implements Target {
        public Value {
            Objects.requireNonNull(value, "value");
            tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("a tolerance is not negative");
            }
        }
    }

    /** Zero, as seed 001 sets for progress scores (0 is the national average) and for children without a place. */
    record Zero(BigDecimal tolerance) implements Target {
        public Zero {
            tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("a tolerance is not negative");
            }
        }
    }

    /** England's average for the same period, with a tolerance. */
    record NationalAverage(BigDecimal tolerance) implements Target {
        public NationalAverage {
            tolerance = tolerance == null ? BigDecimal.ZERO : tolerance;
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("a tolerance is not negative");
            }
        }
    }

    /** A trend over the last {@code periods} periods with a figure, the period itself included. */
    record Trend(Direction direction, int periods) implements Target {
        public Trend {
            Objects.requireNonNull(direction, "direction");
            if (periods < 2) {
                throw new IllegalArgumentException("a trend is seen over 2 periods or more, not " + periods);
            }
        }
    }

    /** No target set yet ("TBC"). */
    record None() implements Target {
    }

    /** Which way a trend should go: improving (the indicator's better direction), increasing or reducing. */
    enum Direction {
        IMPROVING, INCREASING, REDUCING
    }
}
