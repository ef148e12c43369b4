package org.schoolscope.returns.domain;

/** A school term, for returns made each term rather than each year. */
public enum Term {
    AUTUMN, SPRING, SUMMER
}
