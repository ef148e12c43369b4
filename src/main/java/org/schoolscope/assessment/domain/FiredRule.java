package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;

/** A rule that fired for a school, with the evidence and the sentence a headteacher would read. */
public record FiredRule(String ruleId, String description, Consequence consequence, List<Evidence> evidence,
        String explanation) {

    public FiredRule {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }
}
