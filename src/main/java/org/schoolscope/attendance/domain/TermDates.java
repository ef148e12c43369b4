package org.schoolscope.attendance.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.shared.AcademicYear;

/** One term of a council's year: its first and last day and the half-term break inside it, if any. */
public record TermDates(AcademicYear year, Term term, LocalDate firstDay, LocalDate lastDay, LocalDate halfTermFirstDay,
        LocalDate halfTermLastDay) {

    public TermDates {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("The " + term.label() + " term ends before it starts");
        }
        if ((halfTermFirstDay == null) != (halfTermLastDay == null)) {
            throw new IllegalArgumentException("A half term needs its first and last day");
        }
        if (halfTermFirstDay != null && (!halfTermFirstDay.isAfter(firstDay) || !halfTermLastDay.isBefore(lastDay)
                || halfTermLastDay.isBefore(halfTermFirstDay))) {
            throw new IllegalArgumentException("The " + term.label() + " half term must fall inside the term");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** A weekday in the term and outside its half term: a day registers are taken (bank holidays aside). */
    public boolean isSchoolDay(LocalDate day) {
        return contains(day) && day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && (halfTermFirstDay == null || day.isBefore(halfTermFirstDay) || day.isAfter(halfTermLastDay));
    }

    /** School days after the given day to the end of the term. */
    public int schoolDaysAfter(LocalDate day) {
        int days = 0;
        for (LocalDate next = day.plusDays(1); !next.isAfter(lastDay); next = next.plusDays(1)) {
            if (isSchoolDay(next)) {
                days++;
            }
        }
        return days;
    }

    public String label() {
        return term.label() + " term " + year;
    }
}
