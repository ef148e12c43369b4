package org.schoolscope.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.shared.Urn;

/**
 * A full audit of a school that failed validation or did not return (seed 000 section 5.1: "a full audit of those
 * schools that have failed to comply"), tracked by dated entries to its closure.
 */
public record FullAudit(long id, long definitionId, Urn urn, Reason reason, Long visitId, LocalDate openedOn,
        String openedBy, Instant openedAt, List<Entry> entries) {

    public enum Reason {
        FAILED_VALIDATION, MISSING_RETURN
    }

    public FullAudit {
        entries = List.copyOf(entries);
    }

    public record Entry(Kind kind, LocalDate on, String text, String recordedBy, Instant recordedAt) {

        public enum Kind {
            PROGRESS, CLOSED
        }
    }

    public Optional<Entry> closure() {
        return entries.stream().filter(entry -> entry.kind() == Entry.Kind.CLOSED).findFirst();
    }

    public boolean open() {
        return closure().isEmpty();
    }
}
