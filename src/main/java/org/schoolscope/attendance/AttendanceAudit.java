package org.schoolscope.attendance;

import java.util.Objects;
import org.schoolscope.shared.AuditedAction;

/**
 * A read of pupils' attendance, a meeting recorded, a file imported or records removed, for the audit log. The
 * detail says what and how many, never a pupil's marks or reference.
 */
public record AttendanceAudit(String actor, String action, String recordType, String recordId, String detail)
        implements AuditedAction {

    /** Pupil-level attendance of a school (its URN is the record id). */
    public static final String PUPILS = "attendance-pupils";
    /** A targeting meeting's record (its id). */
    public static final String MEETING = "attendance-meeting";
    /** An attendance file (its import id). */
    public static final String IMPORT = "attendance-import";
    /** A council's academic year of pupil-level attendance, e.g. {@code 999:2024-25}. */
    public static final String YEAR = "attendance-year";

    public AttendanceAudit {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(detail, "detail");
    }
}
