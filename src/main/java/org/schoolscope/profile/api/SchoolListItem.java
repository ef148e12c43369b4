package org.schoolscope.profile.api;

/** A school in the list, with its latest graded inspection (null when none is recorded). */
public record SchoolListItem(int urn, Integer laestab, Integer laCode, String name, String establishmentType,
        String phase, String status, String responsibleBody, String trustName, String district,
        LatestGradedOutcome latestGradedOutcome, String latestGradedOutcomeText) {
}
