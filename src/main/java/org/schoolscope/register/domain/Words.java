package org.schoolscope.register.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a council officer writes them: 31 March 2021. */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    static String date(LocalDate date) {
        return date == null ? "an unknown date" : DATE.format(date);
    }
}
