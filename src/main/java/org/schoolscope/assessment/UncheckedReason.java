package org.schoolscope.assessment;

import java.util.List;

/** A rule that could not be decided for a school because figures it needs are not available. */
public record UncheckedReason(String ruleId, String description, List<String> notAvailable, String explanation) {

    public UncheckedReason {
        notAvailable = List.copyOf(notAvailable);
    }
}
