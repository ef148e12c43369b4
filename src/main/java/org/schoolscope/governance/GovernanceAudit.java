package org.schoolscope.governance;

import java.util.Objects;
import org.schoolscope.shared.AuditedAction;

/**
 * A read of governors' personal details, or a change to the register, for the audit log. The detail names records
 * and schools, never a governor's name or interests.
 */
public record GovernanceAudit(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {

    public static final String GOVERNING_BODY = "governing-body";
    public static final String GOVERNOR = "governor";

    public GovernanceAudit {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(detail, "detail");
    }
}
