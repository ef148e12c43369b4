package org.schoolscope.casework.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counting in working days, Monday to Friday less the bank holidays given, as councils set their response targets:
 * a concern received on a Thursday with three working days to acknowledge is due on the Tuesday. The day received is
 * day 0.
 */
public record WorkingDays(Set<LocalDate> bankHolidays) {

    public WorkingDays {
        bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /** The day the given number of working days after the start falls on. */
    public LocalDate add(LocalDate start, int days) {
        LocalDate day = start;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (working(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after it. */
    public int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (working(day)) {
                days++;
            }
        }
        return days;
    }
}
