package org.schoolscope.performance;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schoolscope.shared.AcademicYear;

/**
 * The period a published figure describes, as the text it is stored with (the figure table's {@code academic_year}):
 * a row of DfE's Local Authority Interactive Tool (its {@code Years} column, read by the measure's year type in LAIT's
 * data dictionary), or a layout's year column where the layout says its years are not academic years ({@code
 * academic-year.period} in a layout YAML file, e.g. the 16-17 NEET files).
 *
 * <p>LAIT names a year by the year it ends in: "2016" of an academic-year measure is 2015-16 (Birmingham's KS2
 * reading, writing and maths "2016", 47%, is the figure seed 001 reports for 2015-16). Academic years are stored as
 * every other figure's are ({@code 2015-16}), so they line up with schools' figures. Every other kind of period
 * starts with letters, so that it is never taken for an academic year: the question "the latest figure as at a date"
 * counts only periods written as an academic year ({@code 2015-16}), and letters sort after every such period.
 *
 * <ul>
 * <li>{@code FY2015-16}: a financial year, April 2015 to March 2016 (LAIT "2016", "2015-16", "2015-16 (OT)"), and the
 * "Annual" counts taken at 31 March 2016 (children looked after, in need, on a protection plan), the end of it;</li>
 * <li>{@code CY2016}: a calendar year;</li>
 * <li>{@code YE Sep 2016}: the year to 30 September 2016 (LAIT "Annual (end of Sept)": the social-work workforce, the
 * September Guarantee);</li>
 * <li>{@code CY2014 to CY2016}, {@code FY2013-14 to FY2015-16}, {@code AY2013-14 to AY2015-16}: a rolling average
 * over several years (LAIT "2014-16", "2013/14-15/16").</li>
 * </ul>
 *
 * <p>A suffix gives the release stage: "(Rev)" revised, "(prov)" provisional, "(Final)" final; "(OT)", outturn, is
 * the spending as it turned out, so final; no suffix is final.
 *
 * @param text the period as stored
 * @param releaseStage PROVISIONAL, REVISED or FINAL
 */
record PublishedPeriod(String text, String releaseStage) {

    /** How a measure's years are counted (LAIT's dictionary's {@code Year_Type}; a layout's {@code period}). */
    enum Type {
        ACADEMIC, FINANCIAL, CALENDAR, YEAR_TO_SEPTEMBER;

        /** The type a layout names: academic, financial, calendar; null for another word. */
        static Type ofLayout(String word) {
            return switch (word) {
                case "academic" -> ACADEMIC;
                case "financial" -> FINANCIAL;
                case "calendar" -> CALENDAR;
                default -> null;
            };
        }

        /** The type of a dictionary's {@code Year_Type}, or null for one not known. */
        static Type of(String yearType) {
            return switch (yearType.trim()) {
                case "Academic Year", "Annual - January" -> ACADEMIC;
                case "Financial Year", "Annual" -> FINANCIAL;
                case "Calendar Year" -> CALENDAR;
                case "Annual (end of Sept)" -> YEAR_TO_SEPTEMBER;
                default -> null;
            };
        }
    }

    private static final Pattern YEARS = Pattern.compile("(?<period>[0-9/-]+)(?: \\((?<stage>Rev|Final|prov|OT)\\))?");
    private static final Pattern ONE_YEAR = Pattern.compile("(?<end>20\\d{2})");
    private static final Pattern TWO_PART = Pattern.compile("(?<start>20\\d{2})[-/](?<end>\\d{2})");
    private static final Pattern SPAN = Pattern.compile("(?<start>20\\d{2})/(?<a>\\d{2})-(?<b>\\d{2})/(?<end>\\d{2})");

    /**
     * Reads a published {@code Years} value of a measure of this type.
     *
     * @throws IllegalArgumentException naming what is wrong, for a value that is no period of the type
     */
    static PublishedPeriod of(String years, Type type) {
        Matcher matcher = YEARS.matcher(years == null ? "" : years.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + years + "' is not a period LAIT writes (2016, 2015/16, 2015-16,"
                    + " 2013/14-15/16, with (Rev), (Final), (prov) or (OT) after it)");
        }
        String stage = stage(matcher.group("stage"));
        String period = matcher.group("period");
        Matcher one = ONE_YEAR.matcher(period);
        if (one.matches()) {
            int end = Integer.parseInt(one.group("end"));
            return new PublishedPeriod(switch (type) {
                case ACADEMIC -> new AcademicYear(end - 1).toString();
                case FINANCIAL -> "FY" + new AcademicYear(end - 1);
                case CALENDAR -> "CY" + end;
                case YEAR_TO_SEPTEMBER -> "YE Sep " + end;
            }, stage);
        }
        Matcher two = TWO_PART.matcher(period);
        if (two.matches()) {
            int start = Integer.parseInt(two.group("start"));
            int end = start / 100 * 100 + Integer.parseInt(two.group("end"));
            if (type == Type.CALENDAR && end > start) {
                // Calendar years are single years; two of them name a span (road casualties 2014-16).
                return new PublishedPeriod("CY" + start + " to CY" + end, stage);
            }
            if (end == start + 1 && type != Type.YEAR_TO_SEPTEMBER && type != Type.CALENDAR) {
                AcademicYear year = new AcademicYear(start);
                return new PublishedPeriod(type == Type.ACADEMIC ? year.toString() : "FY" + year, stage);
            }
            throw new IllegalArgumentException("'" + years + "' is not a " + words(type) + " period");
        }
        Matcher span = SPAN.matcher(period);
        if (span.matches() && (type == Type.ACADEMIC || type == Type.FINANCIAL)) {
            int start = Integer.parseInt(span.group("start"));
            int last = start / 100 * 100 + Integer.parseInt(span.group("b"));
            int firstEnd = start / 100 * 100 + Integer.parseInt(span.group("a"));
            int lastEnd = start / 100 * 100 + Integer.parseInt(span.group("end"));
            if (firstEnd == start + 1 && lastEnd == last + 1 && last > start) {
                String prefix = type == Type.ACADEMIC ? "AY" : "FY";
                return new PublishedPeriod(prefix + new AcademicYear(start) + " to " + prefix + new AcademicYear(last),
                        stage);
            }
        }
        throw new IllegalArgumentException("'" + years + "' is not a " + words(type) + " period");
    }

    private static final Pattern ACADEMIC_STORED = Pattern.compile("20\\d{2}-\\d{2}");
    private static final Pattern FINANCIAL_STORED = Pattern.compile("FY(?<year>20\\d{2}-\\d{2})");
    private static final Pattern CALENDAR_STORED = Pattern.compile("CY(?<year>20\\d{2})");

    /**
     * The last day of a stored single-year period: 31 August of an academic year ({@code 2015-16}), 31 March of a
     * financial one ({@code FY2015-16}), 31 December of a calendar one ({@code CY2016}); empty for a span or another
     * kind of period. A period's figure counts from the day after it, as every figure question counts academic years.
     */
    static Optional<LocalDate> lastDay(String text) {
        if (ACADEMIC_STORED.matcher(text).matches()) {
            return Optional.of(AcademicYear.parse(text).lastDay());
        }
        Matcher financial = FINANCIAL_STORED.matcher(text);
        if (financial.matches()) {
            return Optional.of(LocalDate.of(AcademicYear.parse(financial.group("year")).startYear() + 1, 3, 31));
        }
        Matcher calendar = CALENDAR_STORED.matcher(text);
        if (calendar.matches()) {
            return Optional.of(LocalDate.of(Integer.parseInt(calendar.group("year")), 12, 31));
        }
        return Optional.empty();
    }

    private static String stage(String suffix) {
        if (suffix == null) {
            return "FINAL";
        }
        return switch (suffix) {
            case "Rev" -> "REVISED";
            case "prov" -> "PROVISIONAL";
            default -> "FINAL";
        };
    }

    private static String words(Type type) {
        return switch (type) {
            case ACADEMIC -> "academic-year";
            case FINANCIAL -> "financial-year";
            case CALENDAR -> "calendar-year";
            case YEAR_TO_SEPTEMBER -> "year-to-September";
        };
    }
}
