package org.schoolscope.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and times as council staff read them, for any module's pages ({@code ${@ukDates.date(...)}}): in UK time,
 * whatever zone the server runs in, with the month in words so 03/04 is never misread.
 */
@Component("ukDates")
public class UkDates {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(UK));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
