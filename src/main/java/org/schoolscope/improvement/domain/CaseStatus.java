package org.schoolscope.improvement.domain;

/** Whether a school is on the year's list. */
public enum CaseStatus {
    /** Nothing recorded this year, or a self-report only. */
    NOT_LISTED,
    /** On the proposed list, awaiting the visit or formal agreement. */
    PROPOSED,
    /** Taken off the proposed list, with a reason, before the list was agreed. */
    TAKEN_OFF,
    /** Considered and agreed not to be a priority this year. */
    NOT_A_PRIORITY,
    /** On the agreed list, receiving support. */
    LISTED,
    /** Taken off the list. */
    REMOVED
}
