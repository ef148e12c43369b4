package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A school on the proposed priority list: its computed result in the run, its name, how severe the category it is
 * placed in is, the months since its last graded inspection when the run's evidence records them, the officers'
 * overrides made in this run (latest last), and the override that decides its category: {@code standing}, made in
 * this run or carried from an earlier one because the evidence it answered is unchanged. {@code toConfirm} is an
 * override carried from an earlier run whose evidence has changed since: it does not count until an officer confirms
 * it. The computed result is never changed by an override.
 */
public record PriorityEntry(SchoolResult result, String schoolName, int severity, Integer monthsSinceGraded,
        List<CategoryOverride> overrides, CategoryOverride standing, CategoryOverride toConfirm) {

    public PriorityEntry {
        Objects.requireNonNull(result, "result");
        overrides = List.copyOf(overrides);
    }

    /** An entry with no override. */
    public PriorityEntry(SchoolResult result, String schoolName, int severity, Integer monthsSinceGraded) {
        this(result, schoolName, severity, monthsSinceGraded, List.of(), null, null);
    }

    /** The override that stands: the school's category everywhere (list, exports, letters, proposal). */
    public Optional<CategoryOverride> currentOverride() {
        return Optional.ofNullable(standing);
    }

    /** An earlier override the officer is asked to confirm, because the evidence it answered has changed. */
    public Optional<CategoryOverride> overrideToConfirm() {
        return Optional.ofNullable(toConfirm);
    }

    /** The category the school is placed in: the standing override's, else the run's. */
    public String category() {
        return standing == null ? result.category() : standing.category();
    }

    public boolean overridden() {
        return standing != null;
    }

    /** The reasons as sentences a headteacher reads, in the order the rules fired. */
    public List<String> explanations() {
        return result.reasons().stream().map(AssessmentReason::explanation).toList();
    }
}
