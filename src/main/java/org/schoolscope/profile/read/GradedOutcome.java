package org.schoolscope.profile.read;

import java.time.LocalDate;

/**
 * A school's latest graded inspection, as far as a list can show it. Only single-grade inspections have an overall
 * effectiveness; key-judgement and report-card inspections carry none, so it is null for them.
 */
public record GradedOutcome(InspectionFramework framework, Integer overallEffectiveness, String categoryOfConcern,
        String safeguarding, LocalDate inspectedOn) {

    public GradedOutcome {
        if (framework == null) {
            throw new IllegalArgumentException("A graded outcome belongs to a framework");
        }
    }
}
