package org.schoolscope.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.schoolscope.governance.persistence.GovernanceStore;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A governor's records (their details, appointments, roles, interests, training and match decisions) are kept for the
 * period declared in the database's governor_retention (6 years unless the council changes it there) after their
 * last appointment stopped. The tables are append-only and the application's role holds no DELETE on them: the
 * removal goes through the schema owner's {@code remove_expired_governors}, which checks every appointment against
 * the period and writes the audit rows. Vacancies and website checks name no one and are kept.
 */
@Component
public class GovernorRetention implements RetentionPolicy {

    private final GovernanceStore store;
    private final Clock clock;

    GovernorRetention(GovernanceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public String recordType() {
        return GovernanceAudit.GOVERNOR;
    }

    @Override
    public String period() {
        Period kept = store.retentionPeriod();
        return (kept.getMonths() == 0 && kept.getDays() == 0 ? kept.getYears() + " years" : kept.toString())
                + " after their last appointment as a governor stopped";
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpiredRecord> expired(LocalDate today) {
        Period kept = store.retentionPeriod();
        Map<Long, LocalDate> people = store.peopleLastServingBefore(today.minus(kept), clock.instant());
        return people.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new ExpiredRecord(Long.toString(entry.getKey()), "Governor " + entry.getKey()
                        + ", whose last appointment stopped on " + entry.getValue(), entry.getValue().plus(kept)))
                .toList();
    }

    @Override
    @Transactional
    public int remove(List<ExpiredRecord> records) {
        return store.removePeople(records.stream().map(record -> Long.valueOf(record.recordId())).toList(),
                "retention").size();
    }
}
