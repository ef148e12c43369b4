package org.schoolscope.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * What an officer or partner learnt about a school, on the day they learnt it, to be reviewed by {@code reviewOn}.
 * {@code leadershipCrisis} says the note shows a crisis in leadership and management (seed 004, schools in crisis),
 * which the rules read until the review date passes or the note is withdrawn. {@code withdrawal} is null while the
 * note stands.
 */
public record SoftIntelligenceNote(long id, Urn urn, SoftIntelligenceTopic topic, String learnt, String source,
        NoteSensitivity sensitivity, LocalDate notedOn, LocalDate reviewOn, boolean leadershipCrisis,
        String recordedBy, Instant recordedAt, Withdrawal withdrawal) {

    public SoftIntelligenceNote {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(learnt, "learnt");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(notedOn, "notedOn");
        Objects.requireNonNull(reviewOn, "reviewOn");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }

    /** Whether the rules read this note on the given day: not withdrawn, and its review date not yet passed. */
    public boolean standsOn(LocalDate day) {
        return !withdrawn() && !reviewOn.isBefore(day);
    }
}
