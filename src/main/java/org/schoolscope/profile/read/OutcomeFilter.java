package org.schoolscope.profile.read;

import java.util.Arrays;
import java.util.Optional;

/** The choices for filtering schools by their latest graded inspection. */
public enum OutcomeFilter {
    OUTSTANDING("outstanding", 1),
    GOOD("good", 2),
    REQUIRES_IMPROVEMENT("requires-improvement", 3),
    INADEQUATE("inadequate", 4),
    /** Latest graded inspection in 2024-25: key judgements without an overall grade. */
    KEY_JUDGEMENTS("key-judgements", null),
    /** Latest graded inspection under the report-card framework. */
    REPORT_CARD("report-card", null),
    /** No graded inspection recorded at all. */
    NO_GRADED_OUTCOME("none", null);

    private final String parameter;
    private final Integer overallEffectiveness;

    OutcomeFilter(String parameter, Integer overallEffectiveness) {
        this.parameter = parameter;
        this.overallEffectiveness = overallEffectiveness;
    }

    public String parameter() {
        return parameter;
    }

    /** The single-grade judgement this filter stands for, or null for the filters that are not about a grade. */
    public Integer overallEffectiveness() {
        return overallEffectiveness;
    }

    public static Optional<OutcomeFilter> fromParameter(String text) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(text)).findFirst();
    }
}
