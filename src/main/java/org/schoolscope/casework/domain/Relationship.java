package org.schoolscope.casework.domain;

/** Who the person raising the concern is to the school: part of their identity, shown only to case workers. */
public enum Relationship {
    PARENT, STAFF, GOVERNOR, PUPIL, MEMBER_OF_PUBLIC, OTHER, NOT_GIVEN
}
