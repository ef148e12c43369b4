package org.schoolscope.assessment.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The data a run reads: only inspections and figures from these import batches, "today" for the time since an
 * inspection and for notes' review dates, and soft intelligence and self-reports as they stood at
 * {@code softFactsAsAt} (recorded and withdrawn by then). A run stores all three, so reading the same snapshot later
 * gives the same facts even after new files, notes or withdrawals arrive. A snapshot without {@code softFactsAsAt}
 * (a run made before soft intelligence existed) reads none.
 */
public record DataSnapshot(List<Long> importIds, LocalDate asOf, Instant softFactsAsAt) {

    public DataSnapshot {
        importIds = List.copyOf(importIds);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** Figures and inspections only, without soft intelligence. */
    public DataSnapshot(List<Long> importIds, LocalDate asOf) {
        this(importIds, asOf, null);
    }

    /** PostgreSQL's text form of the batch ids, {1,2,3}, for {@code cast(:imports as bigint[])}. */
    String importIdsLiteral() {
        return importIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
