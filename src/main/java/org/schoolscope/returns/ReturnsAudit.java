package org.schoolscope.returns;

import java.util.Objects;
import org.schoolscope.shared.AuditedAction;

/** A change to a return, a sample, a visit or a full audit, for the audit log. */
public record ReturnsAudit(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {

    public static final String RETURN = "return";
    public static final String SCHOOL_RETURN = "school-return";
    public static final String SAMPLE = "validation-sample";
    public static final String VISIT = "validation-visit";
    public static final String FULL_AUDIT = "full-audit";

    public ReturnsAudit {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(detail, "detail");
    }
}
