package org.schoolscope.scorecard;

import java.math.BigDecimal;
import java.util.List;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.Judgement;
import org.schoolscope.scorecard.domain.Status;

/**
 * One indicator's page: its definition, source, and every period on record for the council, newest first; every
 * officer's entry and status override, newest first; and the periods an officer may enter or set a status for.
 */
public record IndicatorHistory(int laCode, String councilName, Indicator indicator, String sourceWords,
        int catalogueVersion, List<Period> periods, Scorecard.Sparkline trend, List<Entry> entries,
        List<Override> overrides, List<Choice> periodChoices) {

    public IndicatorHistory {
        periods = List.copyOf(periods);
        entries = List.copyOf(entries);
        overrides = List.copyOf(overrides);
        periodChoices = List.copyOf(periodChoices);
    }

    /** The status the rules computed for the period (as stored), "No status" when no figure is on record. */
    public Status computedStatus(String period) {
        return periods.stream().filter(p -> p.period().equals(period)).map(p -> p.judgement().status()).findFirst()
                .orElse(Status.NONE);
    }

    /**
     * One period: the council's value, England's, the gap and the computed status with its reason, and the status
     * an officer set for it (null when none).
     */
    public record Period(String period, String periodWords, String value, BigDecimal number, String england,
            BigDecimal englandNumber, String gap, Judgement judgement, StatusOverride override) {
    }

    /**
     * An officer's entry as the page lists it.
     *
     * @param value the value as shown, or "Not available: why"
     * @param enteredAt when, in words
     * @param standing whether it is the latest for its period, the one the scorecard shows
     */
    public record Entry(IndicatorEntry entry, String periodWords, String value, String enteredAt, boolean standing) {
    }

    /** An officer's status override as the page lists it; {@code standing} when it is the latest for its period. */
    public record Override(StatusOverride override, String periodWords, String setAt, boolean standing) {
    }

    /** A period an officer may choose, as stored and in words. */
    public record Choice(String value, String label) {
    }
}
