package org.schoolscope.inspection.domain;

/**
 * Ofsted's four-point scale, used for the overall effectiveness grade until August 2024 and for key judgements
 * until the report cards of November 2025.
 */
public enum OverallEffectiveness {
    OUTSTANDING(1, "Outstanding"),
    GOOD(2, "Good"),
    REQUIRES_IMPROVEMENT(3, "Requires improvement"),
    INADEQUATE(4, "Inadequate");

    private final int grade;
    private final String label;

    OverallEffectiveness(int grade, String label) {
        this.grade = grade;
        this.label = label;
    }

    public int grade() {
        return grade;
    }

    public String label() {
        return label;
    }

    public static OverallEffectiveness ofGrade(int grade) {
        for (OverallEffectiveness value : values()) {
            if (value.grade == grade) {
                return value;
            }
        }
        throw new IllegalArgumentException("Ofsted grades run from 1 to 4, not " + grade);
    }

    /** Requires improvement and Inadequate are the grades the council's definition of concern starts from. */
    public boolean isBelowGood() {
        return this == REQUIRES_IMPROVEMENT || this == INADEQUATE;
    }
}
