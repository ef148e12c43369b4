package org.schoolscope.register;

/** GIAS's code list of phases of education ({@code PhaseOfEducation}), with GIAS's codes and names. */
public enum PhaseOfEducation {
    NOT_APPLICABLE(0, "Not applicable"),
    NURSERY(1, "Nursery"),
    PRIMARY(2, "Primary"),
    MIDDLE_DEEMED_PRIMARY(3, "Middle deemed primary"),
    SECONDARY(4, "Secondary"),
    MIDDLE_DEEMED_SECONDARY(5, "Middle deemed secondary"),
    SIXTEEN_PLUS(6, "16 plus"),
    ALL_THROUGH(7, "All-through");

    private final int code;
    private final String giasName;

    PhaseOfEducation(int code, String giasName) {
        this.code = code;
        this.giasName = giasName;
    }

    public int code() {
        return code;
    }

    public String giasName() {
        return giasName;
    }
}
