package org.schoolscope.correspondence;

import java.util.List;
import java.util.Map;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.SchoolResult;

/**
 * The notification to DfE's regional director and regional improvement team about the academies with significant
 * concerns (seed 004, Stage 1): those the run notified about under the rulebook's notification rule instead of
 * listing them, each with the category the rules found and the reasons, and the academies' names by URN.
 */
public record AcademyNotification(AssessmentRun run, List<SchoolResult> academies, Map<Integer, String> names) {

    public AcademyNotification {
        academies = List.copyOf(academies);
        names = Map.copyOf(names);
    }

    public String nameOf(SchoolResult result) {
        return names.getOrDefault(result.urn().value(), "");
    }
}
