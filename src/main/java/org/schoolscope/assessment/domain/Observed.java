package org.schoolscope.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A value as recorded for a school. Not available is a value of its own, never a zero. */
public sealed interface Observed {

    /** How an explanation writes the value. */
    String display();

    record Number(double value) implements Observed {

        public Number {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("A missing figure is NotAvailable, not NaN");
            }
        }

        @Override
        public String display() {
            return formatNumber(value);
        }
    }

    record Text(String value) implements Observed {

        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }
    }

    record Flag(boolean value) implements Observed {

        @Override
        public String display() {
            return value ? "yes" : "no";
        }
    }

    record NotAvailable(String reason) implements Observed {

        public NotAvailable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String display() {
            return "not available (" + reason + ")";
        }
    }

    /** Whole numbers without a decimal point, others to at most two places: 52, 52.5, -0.43. */
    static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // BigDecimal rather than String.format: explanations for all of England format hundreds of thousands.
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
