package org.schoolscope.scorecard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An indicator's values written for people: 47%, -0.20, 106. */
public final class Values {

    private Values() {
    }

    public static String format(BigDecimal value, Indicator indicator) {
        if (value == null) {
            return "not available";
        }
        String number = value.setScale(indicator.decimals(), RoundingMode.HALF_UP).toPlainString();
        return indicator.unit() == Indicator.Unit.PERCENT ? number + "%" : number;
    }

    /** A value as the catalogue states it, without padding: a target of 99%, a tolerance of 0.5. */
    public static String stated(BigDecimal value, Indicator indicator) {
        String number = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return indicator.unit() == Indicator.Unit.PERCENT ? number + "%" : number;
    }

    /** A tolerance in words, without padding: "1 percentage point", "0.5 percentage points", "0.1 points". */
    public static String tolerance(BigDecimal tolerance, Indicator indicator) {
        String number = tolerance.stripTrailingZeros().toPlainString();
        boolean one = number.equals("1");
        return switch (indicator.unit()) {
            case PERCENT -> number + (one ? " percentage point" : " percentage points");
            case SCORE -> number + (one ? " point" : " points");
            case NUMBER -> number;
        };
    }

    /** The value as shown, to the indicator's decimal places: statuses judge what people read. */
    public static BigDecimal shown(BigDecimal value, Indicator indicator) {
        return value.setScale(indicator.decimals(), RoundingMode.HALF_UP);
    }

    /** A difference between two values: "7 percentage points", "0.20 points". */
    public static String difference(BigDecimal difference, Indicator indicator) {
        String number = difference.abs().setScale(indicator.decimals(), RoundingMode.HALF_UP).toPlainString();
        return switch (indicator.unit()) {
            case PERCENT -> number + (number.equals("1") ? " percentage point" : " percentage points");
            case SCORE -> number + (number.equals("1") ? " point" : " points");
            case NUMBER -> number;
        };
    }

    /** The gap to England in words: "7 percentage points below England", "the same as England". */
    public static String gap(BigDecimal value, BigDecimal england, Indicator indicator) {
        if (value == null || england == null) {
            return "";
        }
        BigDecimal difference = value.subtract(england).setScale(indicator.decimals(), RoundingMode.HALF_UP);
        if (difference.signum() == 0) {
            return "the same as England";
        }
        return difference(difference, indicator) + (difference.signum() > 0 ? " above" : " below") + " England";
    }
}
