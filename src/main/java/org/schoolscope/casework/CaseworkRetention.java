package org.schoolscope.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.schoolscope.casework.persistence.CaseStore;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who raised a case is kept for a number of years after the case closed (6 unless configured), then removed by the
 * access module's retention command; the case itself, which names no one, stays for the reports. The identity table
 * is append-only; the store deletes inside this transaction only, after setting the flag the trigger checks.
 */
@Component
public class CaseworkRetention implements RetentionPolicy {

    private final CaseStore store;
    private final CaseworkProperties properties;
    private final ApplicationEventPublisher events;

    CaseworkRetention(CaseStore store, CaseworkProperties properties, ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public String recordType() {
        return CaseworkAudit.IDENTITY;
    }

    @Override
    public String period() {
        return properties.identityRetentionYears() + " years after the case closed";
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpiredRecord> expired(LocalDate today) {
        int years = properties.identityRetentionYears();
        return store.closedWithIdentity().entrySet().stream()
                .filter(entry -> entry.getValue().plusYears(years).isBefore(today))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new ExpiredRecord(entry.getKey().toString(), "Who raised case "
                        + store.reference(entry.getKey()) + ", closed on " + entry.getValue(),
                        entry.getValue().plusYears(years)))
                .toList();
    }

    @Override
    @Transactional
    public int remove(List<ExpiredRecord> records) {
        List<Long> ids = records.stream().map(record -> Long.valueOf(record.recordId())).toList();
        int removed = store.removeIdentities(ids);
        for (Long id : ids) {
            events.publishEvent(new CaseworkAudit("retention", "remove", CaseworkAudit.IDENTITY,
                    store.reference(id), "removed who raised case " + store.reference(id)
                            + " at the end of the retention period"));
        }
        return removed;
    }
}
