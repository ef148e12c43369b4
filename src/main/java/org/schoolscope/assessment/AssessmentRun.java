package org.schoolscope.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.schoolscope.shared.LaCode;

/**
 * A stored run: which rulebook version assessed which council's schools, when, for whom, on which import batches,
 * and how many schools it placed in each category.
 */
public record AssessmentRun(long id, int rulebookVersion, LaCode laCode, Instant runAt, String runBy,
        List<Long> importIds, Map<String, Integer> schoolsByCategory) {

    public AssessmentRun {
        importIds = List.copyOf(importIds);
        schoolsByCategory = Map.copyOf(schoolsByCategory);
    }
}
