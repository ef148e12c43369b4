package org.schoolscope.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.schoolscope.shared.LaCode;

/**
 * A stored run: which rulebook version assessed which council's schools (all when {@code laCode} is null), when,
 * for whom, on which import batches and as of which day, and how many schools it placed in each category.
 * {@code reproducesRunId} names the earlier run this one re-ran, if any.
 */
public record AssessmentRun(long id, int rulebookVersion, LaCode laCode, Instant runAt, String runBy,
        List<Long> importIds, LocalDate dataAsOf, Long reproducesRunId, Map<String, Integer> schoolsByCategory) {

    public AssessmentRun {
        importIds = List.copyOf(importIds);
        schoolsByCategory = Map.copyOf(schoolsByCategory);
    }
}
