package org.schoolscope.inspection.domain;

/** The judgements of the education inspection framework (September 2019 to the report cards of November 2025). */
public enum KeyJudgementArea {
    QUALITY_OF_EDUCATION,
    BEHAVIOUR_AND_ATTITUDES,
    PERSONAL_DEVELOPMENT,
    LEADERSHIP_AND_MANAGEMENT,
    EARLY_YEARS,
    SIXTH_FORM;

    /** Early years and sixth form are judged only where the school has them. */
    public boolean isWhereApplicable() {
        return this == EARLY_YEARS || this == SIXTH_FORM;
    }
}
