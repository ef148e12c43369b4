package org.schoolscope.improvement;

import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.AuditedAction;
import org.schoolscope.shared.Urn;

/** Published for every step recorded on a school's improvement timeline, for the audit log. */
public record ImprovementStepRecorded(String actor, long eventId, Urn urn, AcademicYear year, String step,
        String what) implements AuditedAction {

    @Override
    public Urn school() {
        return urn;
    }

    @Override
    public String action() {
        return "create";
    }

    @Override
    public String recordType() {
        return "improvement-event";
    }

    @Override
    public String recordId() {
        return Long.toString(eventId);
    }

    @Override
    public String detail() {
        return "Recorded " + step + " for school " + urn + " in " + year + ": " + what;
    }
}
