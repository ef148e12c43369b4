package org.schoolscope.dashboard;

import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.inspection.domain.SingleGradeInspection;

/**
 * Where a school stood at its latest graded inspection by a date: one of Ofsted's four overall grades, a graded
 * inspection without an overall grade (2024-25's key judgements, report cards from November 2025), or no graded
 * inspection at all.
 */
public enum LatestGrade {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, NO_OVERALL_GRADE, NOT_INSPECTED;

    /** The grade of a school's latest graded inspection, or {@link #NOT_INSPECTED} when it has none. */
    public static LatestGrade of(LatestInspection latest) {
        if (latest == null) {
            return NOT_INSPECTED;
        }
        return switch (latest.inspection().framework()) {
            case SINGLE_GRADE -> switch (((SingleGradeInspection) latest.inspection()).overallEffectiveness()) {
                case OUTSTANDING -> OUTSTANDING;
                case GOOD -> GOOD;
                case REQUIRES_IMPROVEMENT -> REQUIRES_IMPROVEMENT;
                case INADEQUATE -> INADEQUATE;
            };
            case KEY_JUDGEMENTS, REPORT_CARD -> NO_OVERALL_GRADE;
            case UNGRADED -> NOT_INSPECTED;
        };
    }

    public boolean isGoodOrBetter() {
        return this == OUTSTANDING || this == GOOD;
    }

    /** Ofsted's grade number (1 Outstanding to 4 Inadequate), or null where there is no overall grade. */
    public Integer overallGrade() {
        return switch (this) {
            case OUTSTANDING -> 1;
            case GOOD -> 2;
            case REQUIRES_IMPROVEMENT -> 3;
            case INADEQUATE -> 4;
            case NO_OVERALL_GRADE, NOT_INSPECTED -> null;
        };
    }
}
