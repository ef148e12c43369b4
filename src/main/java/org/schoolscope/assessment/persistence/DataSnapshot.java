package org.schoolscope.assessment.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The data a run reads: only inspections and figures from these import batches, and "today" for the time since an
 * inspection. A run stores both, so reading the same snapshot later gives the same facts even after new files
 * arrive.
 */
public record DataSnapshot(List<Long> importIds, LocalDate asOf) {

    public DataSnapshot {
        importIds = List.copyOf(importIds);
        Objects.requireNonNull(asOf, "asOf");
    }

    /** PostgreSQL's text form of the batch ids, {1,2,3}, for {@code cast(:imports as bigint[])}. */
    String importIdsLiteral() {
        return importIds.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
