package org.schoolscope.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.Urn;

/**
 * One school's stored result in one run, with the run it belongs to: which rulebook version placed it, when and for
 * whom, so that the answer can be defended later. {@code assessedCategory} is what the rules found before a concern
 * about an academy was turned into a notification.
 */
public record SchoolResult(long runId, Instant runAt, String runBy, int rulebookVersion, Urn urn,
        ResponsibleBody responsibleBody, String category, String assessedCategory, int score,
        List<AssessmentReason> reasons, List<UncheckedReason> unchecked) {

    public SchoolResult {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(category, "category");
        reasons = List.copyOf(reasons);
        unchecked = List.copyOf(unchecked);
    }
}
