package org.schoolscope.assessment;

/** How carefully a note must be handled: who it may be shared with outside the people who record notes. */
public enum NoteSensitivity {
    NORMAL, SENSITIVE, HIGHLY_SENSITIVE
}
