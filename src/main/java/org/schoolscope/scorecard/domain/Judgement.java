package org.schoolscope.scorecard.domain;

import java.util.Objects;

/**
 * An indicator's status in one period with its reason, in words for people (no codes): the explanation is data,
 * kept with the status.
 *
 * @param target the target as the period makes it, in words ("the England average, 54%"), or "" when none
 */
public record Judgement(Status status, String target, String explanation) {

    public Judgement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(explanation, "explanation");
    }
}
