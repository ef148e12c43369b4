package org.schoolscope.register;

/** Where a school stood on a date, by the register's evidence. */
public enum SchoolStatus {
    /** Open: the newest evidence on or before the date says so. */
    OPEN,
    /** Closed on a close date or succeeded by another URN; a URN never reopens. */
    CLOSED,
    /** Absent from a later complete list of the council's schools (closed, or no longer in the list's scope). */
    NOT_LISTED,
    /** GIAS says it is proposed to open. */
    PROPOSED
}
