package org.schoolscope.assessment;

import org.schoolscope.shared.AuditedAction;

/** An officer overrode a school's category, confirmed an override, or withdrew one: recorded in the audit log. */
public record OverrideAudit(String actor, String action, String recordId, String detail) implements AuditedAction {

    @Override
    public String recordType() {
        return "assessment-override";
    }
}
