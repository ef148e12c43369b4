package org.schoolscope.assessment;

import java.time.LocalDate;
import java.util.List;
import org.schoolscope.assessment.persistence.SoftIntelligenceStore;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Soft-intelligence notes are kept for a number of years after their review date (6 unless configured), then
 * removed with their withdrawals by the access module's retention command. The tables are append-only; the store
 * deletes inside this transaction only, after setting the flag the database trigger checks.
 */
@Component
public class SoftIntelligenceRetention implements RetentionPolicy {

    private final SoftIntelligenceStore store;
    private final SoftIntelligenceProperties properties;
    private final ApplicationEventPublisher events;

    SoftIntelligenceRetention(SoftIntelligenceStore store, SoftIntelligenceProperties properties,
            ApplicationEventPublisher events) {
        this.store = store;
        this.properties = properties;
        this.events = events;
    }

    @Override
    public String recordType() {
        return SoftIntelligenceAudit.NOTE;
    }

    @Override
    public String period() {
        return properties.retentionYears() + " years after its review date";
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpiredRecord> expired(LocalDate today) {
        int years = properties.retentionYears();
        return store.reviewedBefore(today.minusYears(years)).stream()
                .map(note -> new ExpiredRecord(Long.toString(note.id()),
                        "Soft-intelligence note about school " + note.urn() + ", reviewed by " + note.reviewOn(),
                        note.reviewOn().plusYears(years)))
                .toList();
    }

    @Override
    @Transactional
    public int remove(List<ExpiredRecord> records) {
        List<Long> ids = records.stream().map(record -> Long.valueOf(record.recordId())).toList();
        int removed = store.removeNotes(ids);
        for (Long id : ids) {
            events.publishEvent(new SoftIntelligenceAudit("retention", "remove", SoftIntelligenceAudit.NOTE,
                    id.toString(), "removed soft-intelligence note " + id + " at the end of its retention period"));
        }
        return removed;
    }
}
