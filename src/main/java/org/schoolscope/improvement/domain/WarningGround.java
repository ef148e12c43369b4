package org.schoolscope.improvement.domain;

/** The statutory grounds for a warning notice (section 60, Education and Inspections Act 2006). */
public enum WarningGround {
    LOW_STANDARDS("Unacceptably low standards of performance"),
    BREAKDOWN_OF_MANAGEMENT_OR_GOVERNANCE("A serious breakdown in the way the school is managed or governed"),
    SAFETY_OF_PUPILS_OR_STAFF("The safety of pupils or staff is threatened");

    private final String label;

    WarningGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
