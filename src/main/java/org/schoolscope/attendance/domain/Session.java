package org.schoolscope.attendance.domain;

/** A register is taken twice a day: at the start of the morning session and once in the afternoon. */
public enum Session {
    MORNING("AM"), AFTERNOON("PM");

    private final String abbreviation;

    Session(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** AM or PM, as registers and files write it. */
    public String abbreviation() {
        return abbreviation;
    }

    public int index() {
        return ordinal();
    }
}
