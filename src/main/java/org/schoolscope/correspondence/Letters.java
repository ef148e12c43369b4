package org.schoolscope.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.schoolscope.web.UkDates;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a letter prints them. */
final class Letters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Letters() {
    }

    /** Councils in England date letters by the day in England, whatever the server's own zone. */
    static final ZoneId ENGLAND = UkDates.UK;

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String date(Instant instant) {
        return DATE.format(LocalDate.ofInstant(instant, ENGLAND));
    }
}
