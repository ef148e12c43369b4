package org.schoolscope.inspection.domain;

/** Which framework an inspection was reported under; one value per kind of {@link Inspection}. */
public enum Framework {
    SINGLE_GRADE,
    KEY_JUDGEMENTS,
    REPORT_CARD,
    UNGRADED;

    public boolean isGraded() {
        return this != UNGRADED;
    }
}
