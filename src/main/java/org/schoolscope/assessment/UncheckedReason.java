package org.schoolscope.assessment;

import java.util.List;

/**
 * A rule that could not be decided for a school because figures it needs are not available; {@code confidential} as
 * for {@link AssessmentReason}.
 */
public record UncheckedReason(String ruleId, String description, List<String> notAvailable, String explanation,
        boolean confidential) {

    public UncheckedReason {
        notAvailable = List.copyOf(notAvailable);
    }

    /** The same reason, marked as read from the confidential store (the rule reads soft intelligence). */
    public UncheckedReason asConfidential() {
        return new UncheckedReason(ruleId, description, notAvailable, explanation, true);
    }
}
