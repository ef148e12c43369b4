package org.schoolscope.assessment.domain;

import java.util.List;
import java.util.Objects;

/**
 * One comparison that made a rule fire for a school: what was compared ({@code subject} and its {@code value}),
 * how ({@code relation}, e.g. "below"), with what ({@code comparedWith} and {@code comparisonValue}), and every fact
 * read on the way with its year and source. A yes-or-no fact has no comparison value.
 */
public record Evidence(String condition, String subject, Observed value, String relation, String comparedWith,
        Observed comparisonValue, List<Reading> readings) {

    public Evidence {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(comparedWith, "comparedWith");
        readings = List.copyOf(readings);
    }
}
