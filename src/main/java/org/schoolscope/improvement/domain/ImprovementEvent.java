package org.schoolscope.improvement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;

/**
 * One step on a school's timeline: who did it, when, what was done, why, on what evidence, and the step's details
 * (the payload, named values such as {@code partner} or {@code recommendation}). Never changed once recorded.
 */
public record ImprovementEvent(long id, Urn urn, AcademicYear year, StepType type, String actor, Instant at,
        String what, String why, String evidence, Map<String, String> payload) {

    public ImprovementEvent {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Every step names who took it");
        }
        what = what == null ? "" : what;
        why = why == null ? "" : why;
        evidence = evidence == null ? "" : evidence;
        payload = Map.copyOf(payload);
    }

    /** The rationale line by line, as it was written. */
    public List<String> whyLines() {
        return why.isBlank() ? List.of() : List.of(why.split("\\R"));
    }

    /** A detail of the step, or an empty string when the step has none. */
    public String detail(String key) {
        return payload.getOrDefault(key, "");
    }
}
