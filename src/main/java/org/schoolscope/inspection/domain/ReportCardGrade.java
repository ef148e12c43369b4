package org.schoolscope.inspection.domain;

/** The five-point scale of a report card's evaluation areas, best first. */
public enum ReportCardGrade {
    EXCEPTIONAL("Exceptional"),
    STRONG_STANDARD("Strong standard"),
    EXPECTED_STANDARD("Expected standard"),
    NEEDS_ATTENTION("Needs attention"),
    URGENT_IMPROVEMENT("Urgent improvement");

    private final String label;

    ReportCardGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isBelowExpected() {
        return this == NEEDS_ATTENTION || this == URGENT_IMPROVEMENT;
    }
}
