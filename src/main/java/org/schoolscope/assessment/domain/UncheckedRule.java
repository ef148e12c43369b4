package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;

/**
 * A rule that could neither fire nor be ruled out for a school because a figure it needs is not available. Kept
 * with the result so that "not a concern" never hides "we could not tell".
 */
public record UncheckedRule(String ruleId, String description, List<String> notAvailable, String explanation) {

    public UncheckedRule {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(explanation, "explanation");
        notAvailable = List.copyOf(notAvailable);
    }
}
