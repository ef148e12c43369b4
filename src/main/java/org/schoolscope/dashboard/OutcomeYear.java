package org.schoolscope.dashboard;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a headline outcome: the council's value, England's, and the averages of the council's statistical
 * neighbours and of the other core cities (computed from their published values, each council counting once). A null
 * value is one no file on record gives.
 *
 * @param period as stored: {@code 2022-23}, or {@code FY2022-23} for a financial year
 * @param neighboursWorkedOut how the neighbours' average was computed and from whom, or empty
 * @param coreCitiesWorkedOut how the core cities' average was computed and from whom, or empty
 */
public record OutcomeYear(String period, BigDecimal council, BigDecimal england, BigDecimal neighbours,
        BigDecimal coreCities, String neighboursWorkedOut, String coreCitiesWorkedOut) {

    private static final Pattern FINANCIAL = Pattern.compile("FY(\\d{4}-\\d{2})");

    /** The period as a heading shows it: "2022-23", "2022-23 financial year". */
    public String label() {
        Matcher financial = FINANCIAL.matcher(period);
        return financial.matches() ? financial.group(1) + " financial year" : period;
    }

    /** The period as a chart's axis shows it: "2022-23". */
    public String shortLabel() {
        Matcher financial = FINANCIAL.matcher(period);
        return financial.matches() ? financial.group(1) : period;
    }
}
