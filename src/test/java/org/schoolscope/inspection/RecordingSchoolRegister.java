package org.schoolscope.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.WriteCounts;
import org.schoolscope.register.CompleteListing;
import org.schoolscope.register.SchoolFacts;
import org.schoolscope.register.SchoolHistory;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;

/**
 * TEST ONLY: a register that remembers what it was asked to record, so the inspection tests can check the facts an
 * inspection file passes on, without the register module's implementation (being written in another branch).
 */
public class RecordingSchoolRegister implements SchoolRegister {

    /** {@code list} is the complete list the facts were recorded as, or null. */
    public record Recorded(SchoolFacts facts, LocalDate asAt, ImportBatch batch, CompleteListing list) {
    }

    private final List<Recorded> recorded = new ArrayList<>();

    @Override
    public synchronized WriteCounts record(List<SchoolFacts> facts, LocalDate asAt, ImportBatch batch) {
        facts.forEach(f -> recorded.add(new Recorded(f, asAt, batch, null)));
        return new WriteCounts(facts.size(), 0, 0, 0);
    }

    @Override
    public WriteCounts recordYear(List<SchoolFacts> facts, AcademicYear year, ImportBatch batch) {
        return record(facts, year.lastDay(), batch);
    }

    @Override
    public synchronized WriteCounts recordList(List<SchoolFacts> facts, CompleteListing list, ImportBatch batch) {
        facts.forEach(f -> recorded.add(new Recorded(f, list.asAt(), batch, list)));
        return new WriteCounts(facts.size(), 0, 0, 0);
    }

    /** The recording register answers no questions: the inspection tests check only what was recorded. */
    @Override
    public List<SchoolOnDate> schools(LocalDate on, SchoolSet set, LaCode laCode) {
        return List.of();
    }

    @Override
    public Map<Urn, SchoolOnDate> find(Collection<Urn> urns, LocalDate on) {
        return Map.of();
    }

    @Override
    public Map<Urn, Integer> pupils(Collection<Urn> urns) {
        return Map.of();
    }

    @Override
    public Optional<SchoolHistory> history(Urn urn) {
        return Optional.empty();
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
