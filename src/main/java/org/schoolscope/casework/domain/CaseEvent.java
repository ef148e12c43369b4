package org.schoolscope.casework.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step on a case's timeline: what, on which day, its details ({@code value} is the step's choice: a priority,
 * the person assigned, an outcome), who recorded it and when.
 */
public record CaseEvent(long id, StepKind kind, LocalDate occurredOn, String detail, String value, String actor,
        Instant recordedAt) {

    public CaseEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredOn, "occurredOn");
        detail = detail == null ? "" : detail;
        value = value == null ? "" : value;
    }
}
