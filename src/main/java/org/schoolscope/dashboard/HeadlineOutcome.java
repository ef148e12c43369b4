package org.schoolscope.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A headline outcome of the council's over the years the files hold, oldest first, beside England, its statistical
 * neighbours and the core cities.
 *
 * @param higherIsBetter whether a higher value is better (LAIT's polarity), null when the measure has none
 */
public record HeadlineOutcome(HeadlineMeasure measure, Boolean higherIsBetter, List<OutcomeYear> years) {

    public HeadlineOutcome {
        years = List.copyOf(years);
    }

    /** The latest year with a value of the council's, or null when there is none. */
    public OutcomeYear latest() {
        for (int i = years.size() - 1; i >= 0; i--) {
            if (years.get(i).council() != null) {
                return years.get(i);
            }
        }
        return null;
    }

    /** The latest year's value against England's in words, taking whether higher is better into account. */
    public String againstEngland() {
        OutcomeYear latest = latest();
        if (latest == null) {
            return "No figure on record";
        }
        if (latest.england() == null) {
            return "No England figure for " + latest.label();
        }
        BigDecimal difference = measure.shown(latest.council()).subtract(measure.shown(latest.england()));
        if (difference.signum() == 0) {
            return "The same as England";
        }
        String gap = measure.difference(difference) + (difference.signum() > 0 ? " above" : " below");
        if (higherIsBetter == null) {
            return gap + " England";
        }
        boolean better = higherIsBetter == difference.signum() > 0;
        return (better ? "Better than England: " : "Worse than England: ") + gap;
    }
}
