package org.schoolscope.improvement;

import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.shared.AcademicYear;

/** A fortnightly School Improvement Advisory Board meeting, as scheduled. */
public record BoardMeeting(long id, AcademicYear year, LocalDate date, String scheduledBy) {

    public BoardMeeting {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(date, "date");
    }
}
