package org.schoolscope.assessment;

import java.time.LocalDate;
import java.util.List;
import org.schoolscope.assessment.persistence.SoftIntelligenceStore;
import org.schoolscope.shared.RetentionPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Soft-intelligence notes are kept for a number of years after their review date (6 unless configured), then
 * removed with their withdrawals by the access module's retention command. The tables are append-only and the
 * application's database role holds no DELETE on them: the removal goes through the schema owner's
 * {@code remove_expired_records}, which checks the period declared in the database and writes the audit row.
 */
@Component
public class SoftIntelligenceRetention implements RetentionPolicy {

    private final SoftIntelligenceStore store;
    private final SoftIntelligenceProperties properties;

    SoftIntelligenceRetention(SoftIntelligenceStore store, SoftIntelligenceProperties properties) {
        this.store = store;
        this.properties = properties;
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
        // The database removes only notes whose period, as declared there, has ended, and audits each removal.
        List<Long> ids = records.stream().map(record -> Long.valueOf(record.recordId())).toList();
        return store.removeNotes(ids, "retention").size();
    }
}
