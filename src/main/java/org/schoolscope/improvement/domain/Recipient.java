package org.schoolscope.improvement.domain;

/** Who receives a warning notice: the governing body and the head always, the diocese or foundation where relevant. */
public enum Recipient {
    GOVERNING_BODY("The governing body"),
    HEADTEACHER("The headteacher"),
    DIOCESE("The diocese"),
    FOUNDATION("The foundation");

    private final String label;

    Recipient(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
