package org.schoolscope.attendance.domain;

/**
 * What a register mark counts as in DfE's attendance statistics. Every category but {@link #NOT_COUNTED} is a
 * possible session; absence is authorised or unauthorised; attendance is present or an approved educational
 * activity.
 */
public enum CodeCategory {
    /** Present at the school (in the morning, in the afternoon, or late before the register closed). */
    PRESENT("Present"),
    /** Attending a place other than the school: an approved educational activity, counted as attendance. */
    APPROVED_ACTIVITY("Approved educational activity"),
    /** Absent with leave or for another authorised reason. */
    AUTHORISED("Authorised absence"),
    /** Absent without authorisation. */
    UNAUTHORISED("Unauthorised absence"),
    /** Not a possible session: administrative, not required to attend, or unable to attend for an unavoidable cause. */
    NOT_COUNTED("Not counted as a possible session");

    private final String label;

    CodeCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean possible() {
        return this != NOT_COUNTED;
    }

    public boolean absent() {
        return this == AUTHORISED || this == UNAUTHORISED;
    }
}
