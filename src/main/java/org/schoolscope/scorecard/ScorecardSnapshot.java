package org.schoolscope.scorecard;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A month's scorecard for a year, kept as the table the page showed when an officer kept it, so it can be shown
 * later exactly as it stood.
 *
 * @param month the first day of the month it was kept for
 * @param html the scorecard's table as rendered then; {@code sha256} its digest
 */
public record ScorecardSnapshot(long id, int laCode, String year, LocalDate month, int catalogueVersion, String html,
        String sha256, String keptBy, Instant keptAt) {
}
