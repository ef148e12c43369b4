package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A school on the proposed priority list: its computed result in the run, its name, how severe its category is, the
 * months since its last graded inspection when the run's evidence records them, and the officers' overrides of its
 * category, latest last. The computed result is never changed by an override.
 */
public record PriorityEntry(SchoolResult result, String schoolName, int severity, Integer monthsSinceGraded,
        List<CategoryOverride> overrides) {

    public PriorityEntry {
        Objects.requireNonNull(result, "result");
        overrides = List.copyOf(overrides);
    }

    /** The override that stands: the most recent one. */
    public Optional<CategoryOverride> currentOverride() {
        return overrides.isEmpty() ? Optional.empty() : Optional.of(overrides.get(overrides.size() - 1));
    }

    /** The reasons as sentences a headteacher reads, in the order the rules fired. */
    public List<String> explanations() {
        return result.reasons().stream().map(AssessmentReason::explanation).toList();
    }
}
