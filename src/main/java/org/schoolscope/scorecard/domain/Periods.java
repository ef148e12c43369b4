package org.schoolscope.scorecard.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scorecard year and the period each kind of indicator shows in it. A scorecard year is an academic year
 * ({@code 2015-16}); an academic-year indicator shows that year, a financial-year one the financial year of the same
 * name (April 2015 to March 2016, {@code FY2015-16}), a calendar-year one the calendar year the academic year ends
 * in ({@code CY2016}).
 */
public final class Periods {

    private static final Pattern ACADEMIC = Pattern.compile("(20\\d{2})-(\\d{2})");
    private static final Pattern FINANCIAL = Pattern.compile("FY(20\\d{2}-\\d{2})");
    private static final Pattern CALENDAR = Pattern.compile("CY(20\\d{2})");

    private Periods() {
    }

    /** Whether the text is a scorecard year, an academic year such as 2015-16. */
    public static boolean isYear(String text) {
        Matcher year = text == null ? null : ACADEMIC.matcher(text);
        return year != null && year.matches()
                && Integer.parseInt(year.group(2)) == (Integer.parseInt(year.group(1)) + 1) % 100;
    }

    /** The stored period an indicator of this type shows in the scorecard year. */
    public static String of(String year, Indicator.PeriodType type) {
        if (!isYear(year)) {
            throw new IllegalArgumentException("a scorecard year is written 2015-16, not " + year);
        }
        return switch (type) {
            case ACADEMIC -> year;
            case FINANCIAL -> "FY" + year;
            case CALENDAR -> "CY" + (Integer.parseInt(year.substring(0, 4)) + 1);
        };
    }

    /** The scorecard year a stored period falls in, or null for another kind of period (a span, a rolling year). */
    public static String yearOf(String period) {
        if (isYear(period)) {
            return period;
        }
        Matcher financial = FINANCIAL.matcher(period);
        if (financial.matches()) {
            return financial.group(1);
        }
        Matcher calendar = CALENDAR.matcher(period);
        if (calendar.matches()) {
            int end = Integer.parseInt(calendar.group(1));
            return (end - 1) + "-" + String.format("%02d", end % 100);
        }
        return null;
    }

    /** The period in words: "2015-16", "the 2015-16 financial year", "2016". */
    public static String words(String period) {
        Matcher financial = FINANCIAL.matcher(period);
        if (financial.matches()) {
            return "the " + financial.group(1) + " financial year";
        }
        Matcher calendar = CALENDAR.matcher(period);
        if (calendar.matches()) {
            return calendar.group(1);
        }
        return period;
    }

    /** The period in words as a table heading shows it, without an article: "2015-16 financial year". */
    public static String label(String period) {
        String words = words(period);
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
