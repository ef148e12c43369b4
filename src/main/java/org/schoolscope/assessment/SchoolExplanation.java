package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;

/**
 * Why a school is, or is not, a concern in its latest run: the stored result (category, score, the rules that fired
 * with their figures, and the rules a missing figure left undecided), the rules of the run's rulebook that were
 * checked and did not fire, those that do not apply to this kind of school, and the officer's override that stands
 * beside the computed category, if any. {@code confidentialRulesOmitted} says the rules that read soft intelligence
 * are left out of the lists for this viewer, who may not read notes about the school.
 */
public record SchoolExplanation(SchoolResult result, String schoolName, String defaultCategory,
        List<RuleCheck> notFired, List<RuleCheck> notApplicable, CategoryOverride override,
        boolean confidentialRulesOmitted) {

    public SchoolExplanation {
        Objects.requireNonNull(result, "result");
        notFired = List.copyOf(notFired);
        notApplicable = List.copyOf(notApplicable);
    }

    /** Whether the school is in a category of concern (or of notification), rather than the rulebook's default. */
    public boolean ofConcern() {
        return !result.category().equals(defaultCategory);
    }

    /** A rule as the rulebook wrote it: what it checks ({@code condition}) and what it would do. */
    public record RuleCheck(String ruleId, String description, String condition, String consequence) {
    }
}
