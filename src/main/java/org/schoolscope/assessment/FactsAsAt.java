package org.schoolscope.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.schoolscope.shared.LaCode;

/**
 * The moment a run reads facts as at: the council whose schools it assesses ({@code null} for every council), the
 * day (for due dates and terms of office) and the instant up to which records count (recorded by then, not withdrawn
 * or closed by then).
 */
public record FactsAsAt(LaCode laCode, LocalDate day, Instant moment) {

    public FactsAsAt {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(moment, "moment");
    }
}
