package org.schoolscope.attendance.domain;

/** The phases DfE publishes attendance by. */
public enum Phase {
    PRIMARY("Primary"), SECONDARY("Secondary"), SPECIAL("Special");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    /** As DfE's files name it in {@code school_type} and {@code education_phase}. */
    public String label() {
        return label;
    }
}
