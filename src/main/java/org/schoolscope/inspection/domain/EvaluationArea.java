package org.schoolscope.inspection.domain;

/** The evaluation areas of a report card (from November 2025). */
public enum EvaluationArea {
    INCLUSION,
    CURRICULUM_AND_TEACHING,
    ACHIEVEMENT,
    ATTENDANCE_AND_BEHAVIOUR,
    PERSONAL_DEVELOPMENT_AND_WELL_BEING,
    LEADERSHIP_AND_GOVERNANCE,
    EARLY_YEARS,
    SIXTH_FORM;

    /** Early years and sixth form are evaluated only where the school has them; every other area always is. */
    public boolean isWhereApplicable() {
        return this == EARLY_YEARS || this == SIXTH_FORM;
    }
}
