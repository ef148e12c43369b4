package org.schoolscope.profile.read;

import java.util.Optional;
import org.schoolscope.shared.Urn;

/** One row of the school list. */
public record SchoolSummary(Urn urn, Integer laestab, Integer laCode, String name, String establishmentType,
        String phase, String status, ResponsibleBody responsibleBody, String trustName, String district,
        Optional<GradedOutcome> latestGradedOutcome) {
}
