package org.schoolscope.improvement.domain;

/** What the School Improvement Advisory Board may recommend for a school (seed 004, Stage 3). */
public enum Recommendation {
    KEEP("Keep on the list"),
    ADD("Add to the list"),
    REMOVE("Remove from the list"),
    CHANGE_SUPPORT("Change the support"),
    LETTER_OF_CONCERN("Send a letter of concern"),
    WARNING_NOTICE("Issue a formal warning notice");

    private final String label;

    Recommendation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
