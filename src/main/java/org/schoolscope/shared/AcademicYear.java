package org.schoolscope.shared;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic year, September to August, written as DfE does: 2018-19. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

    private static final Pattern SPELLINGS = Pattern.compile(
            "(?<a>(19|20)\\d{2})\\s*[-/_]?\\s*(?<b>(19|20)?\\d{2})");

    public AcademicYear {
        if (startYear < 1990 || startYear > 2100) {
            throw new IllegalArgumentException("Not a plausible academic year starting in " + startYear);
        }
    }

    /** Reads 2018-19, 2018-2019, 201819 (the Explore Education Statistics time_period) or 2018/19. */
    public static AcademicYear parse(String text) {
        Matcher matcher = SPELLINGS.matcher(text.trim());
        if (!matcher.find()) {
            throw new IllegalArgumentException("Not an academic year: '" + text + "'");
        }
        int start = Integer.parseInt(matcher.group("a"));
        String end = matcher.group("b");
        int endTwoDigits = Integer.parseInt(end.substring(end.length() - 2));
        if (endTwoDigits != (start + 1) % 100) {
            throw new IllegalArgumentException("Not an academic year: '" + text + "'");
        }
        return new AcademicYear(start);
    }

    /** The academic year a date falls in. */
    public static AcademicYear containing(LocalDate date) {
        return new AcademicYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public AcademicYear previous() {
        return new AcademicYear(startYear - 1);
    }

    @Override
    public int compareTo(AcademicYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
