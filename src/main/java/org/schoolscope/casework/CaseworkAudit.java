package org.schoolscope.casework;

import java.util.Objects;
import org.schoolscope.shared.AuditedAction;

/** A read or change of a case, for the audit log: names the case, never who raised it or what they said. */
public record CaseworkAudit(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {

    public static final String CASE = "casework-case";
    public static final String IDENTITY = "casework-identity";

    public CaseworkAudit {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(detail, "detail");
    }
}
