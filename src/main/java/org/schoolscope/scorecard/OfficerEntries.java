package org.schoolscope.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.schoolscope.scorecard.domain.Indicator;
import org.schoolscope.scorecard.domain.PeriodChoices;
import org.schoolscope.scorecard.domain.ValueRange;
import org.schoolscope.scorecard.persistence.IndicatorEntryStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's value for an indicator no published series or record of Schoolscope's holds, entered for a period with
 * its evidence, or its absence with the reason. Kept append-only and audited in the same transaction; a correction
 * is a new entry for the period, and the latest stands on the scorecard. The form checks what is posted first and
 * names each problem; what reaches here unchecked is refused.
 */
@Service
public class OfficerEntries {

    private final IndicatorCatalogue catalogue;
    private final IndicatorEntryStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficerEntries(IndicatorCatalogue catalogue, IndicatorEntryStore store, ApplicationEventPublisher events,
            Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** What an officer enters: a value, or null with the reason none is available, and the evidence. */
    public record NewEntry(String period, BigDecimal value, String notAvailableReason, String evidence) {
    }

    @Transactional
    public IndicatorEntry enter(int laCode, String indicatorCode, NewEntry entry, String actor) {
        Indicator indicator = officerIndicator(indicatorCode);
        if (!PeriodChoices.allows(indicator.periodType(), entry.period(), java.time.LocalDate.now(clock))) {
            throw new IllegalArgumentException("Not a period of the indicator's kind that has begun: "
                    + entry.period());
        }
        if (entry.value() != null && !ValueRange.allows(entry.value(), indicator)) {
            throw new IllegalArgumentException("Outside the indicator's range: " + entry.value());
        }
        if (entry.evidence() == null || entry.evidence().isBlank()) {
            throw new IllegalArgumentException("An entry names its evidence");
        }
        IndicatorEntry stored = store.add(laCode, indicator.code(), entry.period(), entry.value(),
                entry.value() == null ? entry.notAvailableReason().strip() : null, entry.evidence().strip(), actor,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        events.publishEvent(ScorecardAudited.entry(stored));
        return stored;
    }

    /** The indicator of the catalogue in use whose values an officer enters, by its reference. */
    Indicator officerIndicator(String code) {
        return catalogue.latest().indicators().stream().filter(i -> i.code().equalsIgnoreCase(code))
                .filter(Indicator::enteredByOfficer).findFirst()
                .orElseThrow(() -> new ScorecardNotFoundException("No indicator " + code + " entered by an officer"));
    }
}
