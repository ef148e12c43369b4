package org.schoolscope.inspection.domain;

/**
 * The safeguarding judgement: "effective" yes or no in the graded eras, "met" or "not met" on a report card.
 * One type with both pairs because the database keeps one column; each era's record accepts only its own pair.
 */
public enum Safeguarding {
    EFFECTIVE,
    NOT_EFFECTIVE,
    MET,
    NOT_MET;

    public boolean isGradedEraJudgement() {
        return this == EFFECTIVE || this == NOT_EFFECTIVE;
    }

    public boolean isSatisfactory() {
        return this == EFFECTIVE || this == MET;
    }
}
