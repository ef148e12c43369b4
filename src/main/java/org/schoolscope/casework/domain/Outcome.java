package org.schoolscope.casework.domain;

/** How a case was closed. */
public enum Outcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD, WITHDRAWN, NO_FURTHER_ACTION
}
