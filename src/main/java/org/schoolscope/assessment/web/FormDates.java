package org.schoolscope.assessment.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The GOV.UK date input's three boxes read as one date; anything that is not a real date is empty. */
final class FormDates {

    private FormDates() {
    }

    static Optional<LocalDate> parse(String day, String month, String year) {
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
}
