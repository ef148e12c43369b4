package org.schoolscope.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.schoolscope.assessment.domain.Assessment;
import org.schoolscope.assessment.domain.Assessor;
import org.schoolscope.assessment.persistence.AssessmentRunStore;
import org.schoolscope.assessment.persistence.DataSnapshot;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses every school in scope with a rulebook version and stores the run, so that each school's category and
 * reasons can be shown and defended later, and the run made again on the same data.
 */
@Service
public class AssessmentRuns {

    private final RulebookVersionStore rulebooks;
    private final FactSheetQuery factSheets;
    private final AssessmentRunStore runs;
    private final Clock clock;

    AssessmentRuns(RulebookVersionStore rulebooks, FactSheetQuery factSheets, AssessmentRunStore runs, Clock clock) {
        this.rulebooks = rulebooks;
        this.factSheets = factSheets;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Runs the latest rulebook over the council's schools on every import on record. One repeatable-read
     * transaction, so the batches recorded are exactly those the facts were read from, even during an import.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public AssessmentRun run(LaCode laCode, String user) {
        if (!factSheets.hasSchools(laCode)) {
            throw new NoSchoolsToAssessException(laCode);
        }
        Instant now = now();
        DataSnapshot snapshot = new DataSnapshot(runs.importIds(), LocalDate.ofInstant(now, clock.getZone()), now);
        return assessAndStore(rulebooks.latest(), laCode, snapshot, now, user, null);
    }

    /**
     * Runs an earlier run again with its rulebook version, its import batches and its day, and stores the result
     * as a new run that names the earlier one; the same data gives the same categories.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public AssessmentRun reproduce(long runId, String user) {
        AssessmentRun earlier = runs.run(runId)
                .orElseThrow(() -> new AssessmentNotFoundException("No assessment run " + runId + " is on record"));
        RulebookVersion version = rulebooks.find(earlier.rulebookVersion()).orElseThrow();
        // The earlier run's own snapshot, soft intelligence as it stood then included, not a new one.
        DataSnapshot snapshot = runs.snapshot(runId).orElseThrow();
        return assessAndStore(version, earlier.laCode(), snapshot, now(), user, runId);
    }

    private AssessmentRun assessAndStore(RulebookVersion version, LaCode laCode, DataSnapshot snapshot, Instant now,
            String user, Long reproducesRunId) {
        Assessment assessment = Assessor.assess(Rulebooks.compile(version.yaml(), factSheets.catalogue()),
                factSheets.schools(laCode, snapshot), factSheets.england(snapshot));
        return runs.save(version, laCode, now, user, snapshot, reproducesRunId, assessment);
    }

    /** The school's result in the latest run that assessed it; not found if the school or such a run is missing. */
    @Transactional(readOnly = true)
    public SchoolResult latestFor(Urn urn) {
        if (!factSheets.hasSchool(urn)) {
            throw new AssessmentNotFoundException("No school with URN " + urn + " is in the register");
        }
        return runs.latestFor(urn).orElseThrow(() -> new AssessmentNotFoundException(
                "School " + urn + " has not been assessed yet: no assessment run includes it"));
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentRun> find(long runId) {
        return runs.run(runId);
    }

    @Transactional(readOnly = true)
    public List<SchoolResult> results(long runId) {
        return runs.results(runId);
    }

    /** To the microsecond, as PostgreSQL stores it, so a run read back equals the run returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
