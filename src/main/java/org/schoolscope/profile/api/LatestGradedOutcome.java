package org.schoolscope.profile.api;

import java.time.LocalDate;

/** A school's latest graded inspection; overallEffectiveness is null outside the single-grade era. */
public record LatestGradedOutcome(String framework, Integer overallEffectiveness, String categoryOfConcern,
        String safeguarding, LocalDate inspectedOn) {
}
