package org.schoolscope.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The GOV.UK date input's three boxes read as one date; anything that is not a real date is empty. */
public final class DateBoxes {

    private DateBoxes() {
    }

    public static Optional<LocalDate> parse(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.strip());
            if (y < 1900 || y > 2999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
            return Optional.empty();
        }
    }

    /** Whether all three boxes were left empty, which optional dates allow. */
    public static boolean blank(String day, String month, String year) {
        return (day == null || day.isBlank()) && (month == null || month.isBlank())
                && (year == null || year.isBlank());
    }
}
