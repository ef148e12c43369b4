package org.schoolscope.casework.domain;

/** The priority triage gives a case. */
public enum Priority {
    URGENT, STANDARD
}
