package org.schoolscope.assessment.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times as council staff read them: in UK time, whatever zone the server runs in. */
@Component("assessmentDates")
public class AssessmentDates {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public String dateTime(Instant instant) {
        return DATE_TIME.format(instant.atZone(UK));
    }

    public String date(Instant instant) {
        return DATE.format(instant.atZone(UK));
    }
}
