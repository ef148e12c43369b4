package org.schoolscope.assessment;

import java.util.Objects;
import org.schoolscope.shared.AuditedAction;

/**
 * A read or change of soft intelligence or a self-report, for the audit log. The detail counts and names records,
 * never says what a note says.
 */
public record SoftIntelligenceAudit(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {

    public static final String NOTE = "soft-intelligence";
    public static final String SELF_REPORT = "self-report";
    /** A school's assessment reasons that come from soft intelligence, shown to a viewer who may read them. */
    public static final String DERIVED_REASON = "soft-intelligence-reason";

    public SoftIntelligenceAudit {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(detail, "detail");
    }
}
