package org.schoolscope.correspondence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a letter prints them. */
final class Letters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Letters() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }
}
