package org.schoolscope.improvement.domain;

/** Where an action of the plan stands. */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }


    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
