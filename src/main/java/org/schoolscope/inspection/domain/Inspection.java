package org.schoolscope.inspection.domain;

/**
 * One Ofsted inspection of a school, in the shape of the framework it was reported under. The set is closed:
 * code that handles inspections switches over {@link #framework()}, which the compiler checks is exhaustive.
 */
public sealed interface Inspection
        permits SingleGradeInspection, KeyJudgementsInspection, ReportCardInspection, UngradedInspection {

    InspectionFacts facts();

    Framework framework();

    /** The outcome in a few words, as a council officer would say it. */
    String headline();

    default boolean isGraded() {
        return framework().isGraded();
    }

    default InspectionKey key() {
        return InspectionKey.of(isGraded(), facts().inspectionNumber(), facts().date());
    }
}
