package org.schoolscope.casework.domain;

/** A complaint, or a whistleblowing disclosure (seed 000 section 5.3: "a single point of contact"). */
public enum CaseKind {
    COMPLAINT, WHISTLEBLOWING
}
