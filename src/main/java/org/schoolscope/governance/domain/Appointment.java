package org.schoolscope.governance.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/**
 * A person's appointment to a school's governing body: the category and appointing body, the term of office, where
 * the record came from, and its end if it has ended early. {@code personId} is the person (after confirmed matches),
 * {@code fullName} the name as recorded for this appointment.
 */
public record Appointment(long id, long personId, String fullName, Urn urn, GovernorCategory category,
        String appointingBody, LocalDate termStart, LocalDate termEnd, String source, Instant recordedAt,
        LocalDate endedOn, String endReason) {

    /** In office on the day: the term has begun, has not run out, and the appointment has not ended. */
    public boolean activeOn(LocalDate day) {
        return !termStart.isAfter(day) && (termEnd == null || !termEnd.isBefore(day))
                && (endedOn == null || endedOn.isAfter(day));
    }

    /** The day the appointment stopped or will stop: its end, else its term's end (null for an ex-officio place). */
    public LocalDate lastDay() {
        return endedOn != null ? endedOn : termEnd;
    }
}
