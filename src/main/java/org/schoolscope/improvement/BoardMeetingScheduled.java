package org.schoolscope.improvement;

import java.time.LocalDate;
import org.schoolscope.shared.AuditedAction;

/** Published when a School Improvement Advisory Board meeting is scheduled, for the audit log. */
public record BoardMeetingScheduled(String actor, long meetingId, LocalDate date) implements AuditedAction {

    @Override
    public String action() {
        return "create";
    }

    @Override
    public String recordType() {
        return "board-meeting";
    }

    @Override
    public String recordId() {
        return Long.toString(meetingId);
    }

    @Override
    public String detail() {
        return "Scheduled the School Improvement Advisory Board meeting of " + date;
    }
}
