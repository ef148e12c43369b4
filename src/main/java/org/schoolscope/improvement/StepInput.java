package org.schoolscope.improvement;

import java.util.Map;

/** What a person records with a step: why (the rationale or stated reason), the evidence, and the step's details. */
public record StepInput(String why, String evidence, Map<String, String> details) {

    public StepInput {
        why = why == null ? "" : why.strip();
        evidence = evidence == null ? "" : evidence.strip();
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
