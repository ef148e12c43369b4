package org.schoolscope.scorecard.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The status of an indicator in one period against its target, with its reason in words. One rule per kind of
 * target; which direction is better comes from the indicator's polarity (an increasing or reducing trend names its
 * own direction).
 *
 * <ul>
 * <li>a value, zero, or the England average: each to the indicator's decimal places, as shown; Green when the value
 * meets it (at or above it where higher is better,
 * at or below where lower is), Amber when it misses by no more than the tolerance, Red otherwise;</li>
 * <li>a trend over the last N years: the value against the earliest of the N-1 figures before it, Green when it moved
 * the wanted way, Amber when unchanged, Red when it moved the other way;</li>
 * <li>no status without a value, without England's figure for a target of England's average, without an earlier
 * figure for a trend, or without a target.</li>
 * </ul>
 */
public final class StatusRules {

    private StatusRules() {
    }

    /**
     * What is known of an indicator in one period.
     *
     * @param period the period as stored ({@code 2015-16}, {@code FY2015-16})
     * @param recorded whether any figure is on record for the period (a "not available" one included)
     * @param value the value, null when none or not available
     * @param england England's value for the period, null when none
     * @param earlier the council's earlier periods, oldest first
     */
    public record Observation(String period, boolean recorded, BigDecimal value, BigDecimal england,
            List<Point> earlier) {

        public Observation {
            Objects.requireNonNull(period, "period");
            earlier = earlier == null ? List.of() : List.copyOf(earlier);
        }
    }

    public static Judgement judge(Indicator indicator, Observation seen) {
        String period = Periods.words(seen.period());
        String target = targetWords(indicator, seen.england());
        if (!seen.recorded()) {
            return new Judgement(Status.NONE, target, indicator.source() instanceof Indicator.Source.Officer
                    ? "No status: this indicator is entered by an officer, and no value is entered for " + period
                            + " yet."
                    : "No status: no figure is on record for " + period + ".");
        }
        if (seen.value() == null) {
            return new Judgement(Status.NONE, target, "No status: the figure for " + period + " is not available.");
        }
        String value = Values.format(seen.value(), indicator);
        boolean higher = indicator.polarity() == Indicator.Polarity.HIGHER;
        // Java 17 has no pattern switch; each kind of the sealed Target is handled here.
        Target goal = indicator.target();
        if (goal instanceof Target.Value fixed) {
            return against(indicator, seen.value(), fixed.value(), fixed.tolerance(), higher,
                    value + " against a target of " + target + " in " + period, target);
        }
        if (goal instanceof Target.Zero zero) {
            return against(indicator, seen.value(), BigDecimal.ZERO, zero.tolerance(), higher,
                    value + " against a target of " + target + " in " + period, target);
        }
        if (goal instanceof Target.NationalAverage average) {
            return seen.england() == null
                    ? new Judgement(Status.NONE, target, "No status: " + value + " in " + period
                            + ", but no England figure for " + period + " is on record to compare it with.")
                    : against(indicator, seen.value(), seen.england(), average.tolerance(), higher,
                            value + " against a target of " + target + ", in " + period, target);
        }
        if (goal instanceof Target.Trend trend) {
            return trend(indicator, seen, trend, value, period, target);
        }
        return new Judgement(Status.NONE, target, "No status: " + value + " in " + period + "; no target is set yet.");
    }

    /** The target in words as the period makes it: "52%", "the England average, 54%", "a reducing trend". */
    static String targetWords(Indicator indicator, BigDecimal england) {
        Target goal = indicator.target();
        if (goal instanceof Target.Value fixed) {
            return Values.stated(fixed.value(), indicator);
        }
        if (goal instanceof Target.Zero) {
            return Values.stated(BigDecimal.ZERO, indicator);
        }
        if (goal instanceof Target.NationalAverage) {
            return england == null ? "the England average" : "the England average, " + Values.format(england, indicator);
        }
        if (goal instanceof Target.Trend trend) {
            return switch (trend.direction()) {
                case IMPROVING -> "an improving trend";
                case INCREASING -> "an increasing trend";
                case REDUCING -> "a reducing trend";
            } + " over " + trend.periods() + " years";
        }
        return "";
    }

    private static Judgement against(Indicator indicator, BigDecimal value, BigDecimal target, BigDecimal tolerance,
            boolean higher, String stated, String targetWords) {
        // Judged as shown: the value and the target to the indicator's decimal places, as people read them.
        BigDecimal shown = Values.shown(value, indicator);
        BigDecimal goal = Values.shown(target, indicator);
        int met = shown.compareTo(goal);
        boolean meets = higher ? met >= 0 : met <= 0;
        if (meets) {
            return new Judgement(Status.GREEN, targetWords, "Green: " + stated + ": the target is met.");
        }
        boolean within = shown.subtract(goal).abs().compareTo(tolerance) <= 0;
        if (within && tolerance.signum() > 0) {
            return new Judgement(Status.AMBER, targetWords, "Amber: " + stated + ", missing it by no more than the"
                    + " tolerance of " + Values.tolerance(tolerance, indicator) + ".");
        }
        return new Judgement(Status.RED, targetWords, "Red: " + stated + ".");
    }

    private static Judgement trend(Indicator indicator, Observation seen, Target.Trend trend, String value,
            String period, String target) {
        List<Point> withValue = seen.earlier().stream().filter(point -> point.value() != null).toList();
        List<Point> window = withValue.subList(Math.max(0, withValue.size() - (trend.periods() - 1)),
                withValue.size());
        if (window.isEmpty()) {
            return new Judgement(Status.NONE, target, "No status: " + value + " in " + period
                    + ", and no earlier figure is on record to show a trend.");
        }
        Point first = window.get(0);
        boolean wantHigher = switch (trend.direction()) {
            case IMPROVING -> indicator.polarity() == Indicator.Polarity.HIGHER;
            case INCREASING -> true;
            case REDUCING -> false;
        };
        int moved = Values.shown(seen.value(), indicator).compareTo(Values.shown(first.value(), indicator));
        String from = Values.format(first.value(), indicator) + " in " + Periods.words(first.period());
        String stated = value + " against a target of " + target + " in " + period;
        if (moved == 0) {
            return new Judgement(Status.AMBER, target, "Amber: " + stated + ", unchanged from " + from + ".");
        }
        String direction = (moved > 0 ? "up from " : "down from ") + from;
        return (moved > 0) == wantHigher
                ? new Judgement(Status.GREEN, target, "Green: " + stated + ", " + direction + ".")
                : new Judgement(Status.RED, target, "Red: " + stated + ", " + direction + ".");
    }
}
