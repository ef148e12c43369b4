package org.schoolscope.dashboard.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.schoolscope.web.DateBoxes;

/**
 * The date the dashboard is asked for: {@code asAt} as in a link (2023-08-31), or the page's three date boxes; none
 * given is today. Anything else is a problem to show, never a failed request.
 */
record AsAtDate(LocalDate date, boolean problem) {

    static AsAtDate of(String asAt, String day, String month, String year, LocalDate today) {
        if (asAt != null && !asAt.isBlank()) {
            try {
                return new AsAtDate(LocalDate.parse(asAt.strip()), false);
            } catch (DateTimeParseException notADate) {
                return new AsAtDate(today, true);
            }
        }
        if (DateBoxes.blank(day, month, year)) {
            return new AsAtDate(today, false);
        }
        Optional<LocalDate> boxes = DateBoxes.parse(day, month, year);
        return boxes.map(date -> new AsAtDate(date, false)).orElseGet(() -> new AsAtDate(today, true));
    }
}
