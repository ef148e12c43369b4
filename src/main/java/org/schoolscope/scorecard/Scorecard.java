package org.schoolscope.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.Judgement;

/**
 * A council's directorate scorecard for one year (an academic year; each indicator shows the period of its own kind
 * in it): one row per indicator of the catalogue version in use.
 *
 * @param years the years with a figure of the council's on record, newest first
 */
public record Scorecard(int laCode, String councilName, String year, List<String> years, int catalogueVersion,
        boolean neighboursKnown, List<Row> rows) {

    public Scorecard {
        years = List.copyOf(years);
        rows = List.copyOf(rows);
    }

    /**
     * One indicator in the year: the period it shows, the council's value and England's in words, the gap, the
     * status with its reason, the council's rank among itself and its statistical neighbours (null when it cannot be
     * ranked), and its trend up to the period.
     *
     * @param number the value as a number, null when none or not available; {@code englandNumber} England's
     * @param source for a computed indicator, the counts behind its value and where they come from ("381 of 445
     *     state-funded schools; computed from Schoolscope's inspection records as at 31 August 2023."); for one
     *     entered by an officer, who entered the value and when; else empty
     * @param override the status an officer set for the period, shown beside the computed one; null when none
     */
    public record Row(Indicator indicator, String period, String periodWords, String value, BigDecimal number,
            String england, BigDecimal englandNumber, String gap, Judgement judgement, Rank rank, Sparkline trend,
            String source, StatusOverride override) {
    }

    /** A position among the councils with a figure, 1 the best by the indicator's polarity. */
    public record Rank(int position, int of) {

        public String words() {
            return ordinal(position) + " of " + of;
        }

        static String ordinal(int n) {
            int lastTwo = n % 100;
            String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return n + suffix;
        }
    }

    /**
     * A small line of the council's values, oldest first, as SVG coordinates (a 100 by 24 box), with the same values
     * in words for those who cannot see it. Empty when there is no value.
     *
     * @param points the polyline's points, "x,y x,y"
     */
    public record Sparkline(String points, String lastX, String lastY, String description) {

        public boolean empty() {
            return points.isEmpty();
        }
    }
}
