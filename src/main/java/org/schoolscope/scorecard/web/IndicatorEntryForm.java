package org.schoolscope.scorecard.web;

import java.math.BigDecimal;
import java.util.List;
import org.schoolscope.scorecard.OfficerEntries;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.ValueRange;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.web.FormProblems;

/**
 * What an officer posts to enter an indicator's value for a period: the period, whether a value is available, the
 * value or the reason there is none, and the evidence. A form record, never stored: what is posted is checked here
 * and each problem named in words beside its field.
 *
 * @param available {@code yes} when there is a value, {@code no} when it is not available
 */
public record IndicatorEntryForm(String period, String available, String value, String notAvailableReason,
        String evidence) {

    static final String AVAILABLE = "yes";
    static final String NOT_AVAILABLE = "no";

    static IndicatorEntryForm empty() {
        return new IndicatorEntryForm(null, AVAILABLE, null, null, null);
    }

    FormProblems problems(Indicator indicator, List<String> periods) {
        FormProblems problems = new FormProblems();
        if (period == null || !periods.contains(period)) {
            problems.add("entry-period", "Choose a period that has begun");
        }
        if (AVAILABLE.equals(available)) {
            BigDecimal number = number(indicator);
            if (value == null || value.isBlank()) {
                problems.add("value", "Enter the value");
            } else if (number == null) {
                problems.add("value", "Enter the value as a number, like 12 or 47.5");
            } else if (!ValueRange.allows(number, indicator)) {
                problems.add("value", range(indicator));
            }
        } else if (NOT_AVAILABLE.equals(available)) {
            if (notAvailableReason == null || notAvailableReason.isBlank()) {
                problems.add("not-available-reason", "Enter why the value is not available");
            } else if (!TextLimits.within(notAvailableReason, TextLimits.SHORT_TEXT)) {
                problems.add("not-available-reason", "The reason must be 200 characters or fewer");
            }
        } else {
            problems.add("available", "Choose whether a value is available");
        }
        if (evidence == null || evidence.isBlank()) {
            problems.add("evidence", "Enter the evidence the value rests on");
        } else if (!TextLimits.within(evidence, TextLimits.FREE_TEXT)) {
            problems.add("evidence", "The evidence must be 5,000 characters or fewer");
        }
        return problems;
    }

    OfficerEntries.NewEntry entry(Indicator indicator) {
        boolean has = AVAILABLE.equals(available);
        return new OfficerEntries.NewEntry(period, has ? number(indicator) : null, has ? null : notAvailableReason,
                evidence);
    }

    /** The value as a number, allowing a percent sign on a percentage and commas between thousands; else null. */
    private BigDecimal number(Indicator indicator) {
        if (value == null) {
            return null;
        }
        String text = value.strip().replace(",", "");
        if (indicator.unit() == Indicator.Unit.PERCENT && text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String range(Indicator indicator) {
        return switch (indicator.unit()) {
            case PERCENT -> "Enter a percentage from 0 to 100";
            case NUMBER -> indicator.decimals() == 0 ? "Enter a whole number, 0 or more" : "Enter a number, 0 or more";
            case SCORE -> "Enter a score from -1,000 to 1,000";
        };
    }
}
