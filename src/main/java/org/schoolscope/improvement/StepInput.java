package org.schoolscope.improvement;

import java.util.Map;
import org.schoolscope.shared.TextLimits;

/** What a person records with a step: why (the rationale or stated reason), the evidence, and the step's details. */
public record StepInput(String why, String evidence, Map<String, String> details) {

    public StepInput {
        why = TextLimits.checked("The rationale", why == null ? "" : why.strip(), TextLimits.FREE_TEXT);
        evidence = TextLimits.checked("The evidence", evidence == null ? "" : evidence.strip(), TextLimits.FREE_TEXT);
        details = details == null ? Map.of() : Map.copyOf(details);
        details.forEach((name, value) -> TextLimits.checked(name, value, TextLimits.FREE_TEXT));
    }
}
