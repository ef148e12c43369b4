package org.schoolscope.scorecard;

import java.time.Instant;
import java.util.Objects;
import org.schoolscope.scorecard.domain.Status;

/**
 * An officer's status for an indicator in one period of a council, set against the status the rules computed
 * ({@code computed}, kept beside it), with the written reason, who and when. Never changed: a later one for the same
 * period replaces it on the scorecard, and both stay on record.
 */
public record StatusOverride(long id, int laCode, String indicatorCode, String period, Status status,
        Status computed, String reason, String setBy, Instant setAt) {

    public StatusOverride {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
        if (status == Status.NONE || status == computed) {
            throw new IllegalArgumentException("An override sets a status other than the computed one");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a written reason");
        }
    }

    /** The status as the scorecard shows it: "Amber (set by an officer; computed: Red)". */
    public String words() {
        return status.words() + " (set by an officer; computed: " + computed.words() + ")";
    }
}
