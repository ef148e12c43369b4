package org.schoolscope.scorecard;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.schoolscope.scorecard.domain.PeriodChoices;
import org.schoolscope.scorecard.domain.Status;
import org.schoolscope.shared.StatedReasons;
import org.schoolscope.scorecard.persistence.StatusOverrideStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's status for an indicator in a period, set against the computed one with a written reason; the computed
 * status is kept beside it. Append-only and audited in the same transaction; the latest for a period stands. A status
 * the same as the computed one, or a reason of fewer than three words, is refused.
 */
@Service
public class StatusOverrides {

    private final Scorecards scorecards;
    private final StatusOverrideStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatusOverrides(Scorecards scorecards, StatusOverrideStore store, ApplicationEventPublisher events, Clock clock) {
        this.scorecards = scorecards;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StatusOverride set(int laCode, String indicatorCode, String period, Status status, String reason,
            String actor) {
        IndicatorHistory history = scorecards.indicator(laCode, "Council " + laCode, indicatorCode);
        if (!PeriodChoices.allows(history.indicator().periodType(), period, java.time.LocalDate.now(clock))) {
            throw new IllegalArgumentException("Not a period of the indicator's kind that has begun: " + period);
        }
        Status computed = history.computedStatus(period);
        if (status == computed) {
            throw new IllegalArgumentException("The computed status is already " + computed.words());
        }
        if (!StatedReasons.meaningful(reason)) {
            throw new IllegalArgumentException("An override says why in at least three words");
        }
        StatusOverride stored = store.add(laCode, history.indicator().code(), period, status, computed,
                reason.strip(), actor, clock.instant().truncatedTo(ChronoUnit.MICROS));
        events.publishEvent(ScorecardAudited.override(stored));
        return stored;
    }
}
