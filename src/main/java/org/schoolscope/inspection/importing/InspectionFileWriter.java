package org.schoolscope.inspection.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.inspection.InspectionRecorded;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.persistence.InspectionStore;
import org.schoolscope.register.CompleteListing;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.SchoolRegister;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a checked inspection file inside the import's transaction: the school facts to the register, then each
 * inspection to the history, announcing each inspection recorded for the first time.
 */
@Component
class InspectionFileWriter {

    private final SchoolRegister register;
    private final InspectionStore store;
    private final ApplicationEventPublisher events;

    InspectionFileWriter(SchoolRegister register, InspectionStore store, ApplicationEventPublisher events) {
        this.register = register;
        this.store = store;
        this.events = events;
    }

    /**
     * Writes one chunk of a file's rows. Counts inspections: added when new to the history, changed when a file told
     * more about one on record (or, imported again on purpose with {@code replace}, corrected one).
     */
    WriteCounts write(List<SchoolFacts> schools, List<Inspection> inspections, LocalDate asAt,
            InspectionLayout.RegisterList list, ImportBatch batch, boolean replace) {
        if (list != null) {
            register.recordList(schools, new CompleteListing(list.title(), asAt, list.scope()), batch);
        } else {
            register.record(schools, asAt, batch);
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        InspectionStore.Session session = store.open(inspections.stream()
                .map(inspection -> inspection.facts().urn().value()).toList(), replace);
        List<InspectionRecorded> recorded = new ArrayList<>();
        for (Inspection inspection : inspections) {
            InspectionStore.Saved saved = session.save(inspection, batch);
            switch (saved.outcome()) {
                case ADDED -> {
                    added++;
                    recorded.add(new InspectionRecorded(saved.id(), inspection.facts().urn(),
                            saved.key().value(), inspection.framework(), inspection.facts().date(), batch.id()));
                }
                case CHANGED -> changed++;
                case UNCHANGED -> unchanged++;
            }
        }
        session.flush();
        recorded.forEach(events::publishEvent);
        return new WriteCounts(added, changed, unchanged, 0);
    }
}
