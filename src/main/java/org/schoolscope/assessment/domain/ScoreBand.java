package org.schoolscope.assessment.domain;

import java.util.Objects;

/** A school whose concerns weigh at least {@code minimumScore} is placed in {@code category}. */
public record ScoreBand(int minimumScore, String category) {

    public ScoreBand {
        Objects.requireNonNull(category, "category");
        if (minimumScore <= 0) {
            throw new IllegalArgumentException("A score band starts above zero, not at " + minimumScore);
        }
    }
}
