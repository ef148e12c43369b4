package org.schoolscope.assessment;

import java.time.Instant;
import java.util.Objects;

/** Why, by whom and when a note or a self-report was withdrawn; the record itself is never changed. */
public record Withdrawal(String reason, String withdrawnBy, Instant withdrawnAt) {

    public Withdrawal {
        Objects.requireNonNull(withdrawnBy, "withdrawnBy");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A withdrawal needs a reason");
        }
    }
}
