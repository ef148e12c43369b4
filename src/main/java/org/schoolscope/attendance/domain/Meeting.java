package org.schoolscope.attendance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/** A termly targeting meeting as recorded: when, who attended, and per pupil the support agreed and its owner. */
public record Meeting(long id, Urn urn, AcademicYear year, Term term, LocalDate heldOn, List<String> attendees,
        String recordedBy, Instant recordedAt, List<Action> actions) {

    public Meeting {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(heldOn, "heldOn");
        attendees = List.copyOf(attendees);
        actions = List.copyOf(actions);
    }

    /** Support agreed for one pupil (an enrolment) at the meeting, and who will see it through. */
    public record Action(long id, int enrolmentId, String support, String owner) {
    }
}
