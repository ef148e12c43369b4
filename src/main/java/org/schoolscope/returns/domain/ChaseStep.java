package org.schoolscope.returns.domain;

/**
 * The council's escalation for a school that has not returned, or whose data was late, incomplete or inaccurate
 * (seed 000 section 5.3, "escalation steps defined for schools that are non-compliant"), in the order it is taken.
 */
public enum ChaseStep {
    REMINDER, LETTER_TO_HEADTEACHER, LETTER_TO_CHAIR, REFERRED_TO_DIRECTOR
}
