package org.schoolscope.returns.domain;

import java.time.Instant;
import java.util.Objects;

/** One escalation step taken for a school, with who took it and when. */
public record Chase(ChaseStep step, String note, String recordedBy, Instant recordedAt) {

    public Chase {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(recordedAt, "recordedAt");
        note = note == null ? "" : note;
    }
}
