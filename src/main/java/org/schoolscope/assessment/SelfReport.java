package org.schoolscope.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.shared.Urn;

/**
 * A school's statement that it considers itself vulnerable (seed 004, "school self-reported vulnerability"), made
 * by its headteacher or by an officer or partner on its behalf ({@code reportedAs} is their role). {@code withdrawal}
 * is null while it stands.
 */
public record SelfReport(long id, Urn urn, String reason, LocalDate reportedOn, String reportedBy, String reportedAs,
        Instant recordedAt, Withdrawal withdrawal) {

    public SelfReport {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(reportedBy, "reportedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    public boolean withdrawn() {
        return withdrawal != null;
    }
}
