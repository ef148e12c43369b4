package org.schoolscope.returns.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One saved version of a school's return: a draft or a submission, who saved it in which role, when, with what
 * answers (by question code), and, for a correction, why.
 */
public record Version(long id, int number, Status status, String note, String savedBy, String savedAs,
        Instant savedAt, Map<String, String> answers) {

    public enum Status {
        DRAFT, SUBMITTED
    }

    public Version {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(savedAt, "savedAt");
        note = note == null ? "" : note;
        answers = Map.copyOf(answers);
    }

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }
}
