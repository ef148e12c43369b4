package org.schoolscope.scorecard.plan;

import org.schoolscope.shared.AuditedAction;

/** A change to an improvement plan: created, a milestone added, an update recorded. Logged in the same transaction. */
public record PlanChanged(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {
}
