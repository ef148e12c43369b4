package org.schoolscope.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.schoolscope.shared.Urn;

/** A validation visit to a sampled school: when, whether the school's return held, what was found. */
public record Visit(long id, long sampleId, Urn urn, LocalDate visitedOn, Outcome outcome, String findings,
        String recordedBy, Instant recordedAt) {

    public enum Outcome {
        VALIDATED, FAILED
    }
}
