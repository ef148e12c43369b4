package org.schoolscope.scorecard.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods an officer may enter a value or set a status for: those of the indicator's kind, from 2010-11 (the
 * first year of DfE's published series) to the latest that has begun by the day, so nothing is entered for a period
 * still to come. An academic year begins on 1 September, a financial year on 1 April, a calendar year on 1 January.
 */
public final class PeriodChoices {

    static final int FIRST_START_YEAR = 2010;

    private PeriodChoices() {
    }

    /** The periods of the kind that have begun by the day, as stored ({@code FY2015-16}), newest first. */
    public static List<String> begunBy(Indicator.PeriodType type, LocalDate day) {
        List<String> periods = new ArrayList<>();
        for (int year = day.getYear(); year >= FIRST_START_YEAR; year--) {
            String scorecardYear = year + "-" + String.format("%02d", (year + 1) % 100);
            if (!start(type, year).isAfter(day)) {
                periods.add(Periods.of(scorecardYear, type));
            }
        }
        return periods;
    }

    /** Whether the period is of the kind and has begun by the day. */
    public static boolean allows(Indicator.PeriodType type, String period, LocalDate day) {
        return period != null && begunBy(type, day).contains(period);
    }

    /** The first day of the period of the kind that the scorecard year beginning in {@code year} shows. */
    private static LocalDate start(Indicator.PeriodType type, int year) {
        return switch (type) {
            case ACADEMIC -> LocalDate.of(year, Month.SEPTEMBER, 1);
            case FINANCIAL -> LocalDate.of(year, Month.APRIL, 1);
            case CALENDAR -> LocalDate.of(year + 1, Month.JANUARY, 1);
        };
    }
}
