package org.schoolscope.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.schoolscope.governance.persistence.GovernanceStore;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A governor's records (their details, appointments, roles, interests, training and match decisions) are kept for a
 * number of years after their last appointment stopped (6 unless configured), then removed by the access module's
 * retention command. The tables are append-only; the store deletes inside this transaction only, after setting the
 * flag the database trigger checks. Vacancies and website checks name no one and are kept.
 */
@Component
public class GovernorRetention implements RetentionPolicy {

    private final GovernanceStore store;
    private final GovernanceProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GovernorRetention(GovernanceStore store, GovernanceProperties properties, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String recordType() {
        return GovernanceAudit.GOVERNOR;
    }

    @Override
    public String period() {
        return properties.retentionYears() + " years after their last appointment as a governor stopped";
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpiredRecord> expired(LocalDate today) {
        int years = properties.retentionYears();
        Map<Long, LocalDate> people = store.peopleLastServingBefore(today.minusYears(years), clock.instant());
        return people.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new ExpiredRecord(Long.toString(entry.getKey()), "Governor " + entry.getKey()
                        + ", whose last appointment stopped on " + entry.getValue(), entry.getValue().plusYears(years)))
                .toList();
    }

    @Override
    @Transactional
    public int remove(List<ExpiredRecord> records) {
        List<Long> people = records.stream().map(record -> Long.valueOf(record.recordId())).toList();
        int removed = store.removePeople(people, clock.instant().truncatedTo(ChronoUnit.MICROS));
        for (Long person : people) {
            events.publishEvent(new GovernanceAudit("retention", "remove", GovernanceAudit.GOVERNOR,
                    person.toString(), "removed governor " + person + " at the end of the retention period"));
        }
        return removed;
    }
}
