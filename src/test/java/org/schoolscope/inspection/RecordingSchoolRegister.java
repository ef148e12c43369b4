package org.schoolscope.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.SchoolRegister;

/**
 * TEST ONLY: a register that remembers what it was asked to record, so the inspection tests can check the facts an
 * inspection file passes on, without the register module's implementation (being written in another branch).
 */
public class RecordingSchoolRegister implements SchoolRegister {

    public record Recorded(SchoolFacts facts, LocalDate asAt, ImportBatch batch) {
    }

    private final List<Recorded> recorded = new ArrayList<>();

    @Override
    public synchronized WriteCounts record(List<SchoolFacts> facts, LocalDate asAt, ImportBatch batch) {
        facts.forEach(f -> recorded.add(new Recorded(f, asAt, batch)));
        return new WriteCounts(facts.size(), 0, 0, 0);
    }

    public synchronized List<Recorded> recorded() {
        return List.copyOf(recorded);
    }

    public synchronized Optional<Recorded> last(int urn) {
        for (int i = recorded.size() - 1; i >= 0; i--) {
            if (recorded.get(i).facts().urn().value() == urn) {
                return Optional.of(recorded.get(i));
            }
        }
        return Optional.empty();
    }

    public synchronized void clear() {
        recorded.clear();
    }
}
