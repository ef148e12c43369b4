package org.schoolscope.assessment.api;

import java.time.Instant;
import java.util.List;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.assessment.UncheckedReason;

/**
 * A school's latest category, with each reason and the run and rulebook version that gave it. A reason from soft
 * intelligence is among the reasons (marked {@code confidential}) only for a caller who may read notes about the
 * school; for anyone else {@code otherInformation} is true where one counted, and that is all.
 */
record SchoolAssessmentResponse(int urn, String responsibleBody, String category, String assessedCategory, int score,
        List<AssessmentReason> reasons, List<UncheckedReason> unchecked, boolean otherInformation, long runId,
        int rulebookVersion, Instant runAt) {

    static SchoolAssessmentResponse of(SchoolResult result) {
        return new SchoolAssessmentResponse(result.urn().value(), result.responsibleBody().name(), result.category(),
                result.assessedCategory(), result.score(), result.reasons(), result.unchecked(),
                result.otherInformationWithheld(), result.runId(), result.rulebookVersion(), result.runAt());
    }
}
