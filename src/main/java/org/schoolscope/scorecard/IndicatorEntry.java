package org.schoolscope.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An officer's value for an indicator in one period of a council, or that it is not available and why, with the
 * evidence it rests on, who entered it and when. Never changed: a correction is a later entry for the same period
 * ({@code correctsId} names the entry that stood when it was made).
 *
 * @param value the value, null when not available
 * @param notAvailableReason why there is no value, null when there is one
 */
public record IndicatorEntry(long id, int laCode, String indicatorCode, String period, BigDecimal value,
        String notAvailableReason, String evidence, String enteredBy, Instant enteredAt, Long correctsId) {

    public IndicatorEntry {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
        if ((value == null) == (notAvailableReason == null || notAvailableReason.isBlank())) {
            throw new IllegalArgumentException("An entry has a value or a reason it is not available, not both");
        }
    }
}
