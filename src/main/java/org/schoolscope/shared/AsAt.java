package org.schoolscope.shared;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The point of view a question about facts is asked from: the date they are counted to and, for a reproduction of
 * an earlier run or report, the import batches it read. With {@code importIds} null every import on record counts.
 */
public record AsAt(LocalDate date, Set<Long> importIds) {

    public AsAt {
        Objects.requireNonNull(date, "date");
        importIds = importIds == null ? null : Set.copyOf(importIds);
    }

    /** Everything on record, counted to the date. */
    public static AsAt on(LocalDate date) {
        return new AsAt(date, null);
    }

    /** Only what these imports brought, counted to the date. */
    public static AsAt of(LocalDate date, java.util.Collection<Long> importIds) {
        return new AsAt(date, Set.copyOf(importIds));
    }

    /** The batch ids as an array for {@code = any(?)}, or null when every import counts. */
    public Long[] importIdArray() {
        return importIds == null ? null : importIds.toArray(Long[]::new);
    }
}
