package org.schoolscope.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.domain.Assessment;
import org.schoolscope.assessment.domain.Assessor;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.persistence.AssessmentRunStore;
import org.schoolscope.assessment.persistence.DataSnapshot;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssessmentRuns(RulebookVersionStore rulebooks, FactSheetQuery factSheets, AssessmentRunStore runs,
            ApplicationEventPublisher events, Clock clock) {
        this.rulebooks = rulebooks;
        this.factSheets = factSheets;
        this.runs = runs;
        this.events = events;
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
        AssessmentRun earlier = runs.run(runId, ViewerScope.system())
                .orElseThrow(() -> new AssessmentNotFoundException("No assessment run " + runId + " is on record"));
        RulebookVersion version = rulebooks.find(earlier.rulebookVersion()).orElseThrow();
        // The earlier run's own snapshot, soft intelligence as it stood then included, not a new one.
        DataSnapshot snapshot = runs.snapshot(runId).orElseThrow();
        return assessAndStore(version, earlier.laCode(), snapshot, now(), user, runId);
    }

    private AssessmentRun assessAndStore(RulebookVersion version, LaCode laCode, DataSnapshot snapshot, Instant now,
            String user, Long reproducesRunId) {
        CompiledRulebook rulebook = Rulebooks.compile(version.yaml(), factSheets.catalogue());
        Assessment assessment = Assessor.assess(rulebook, factSheets.schools(laCode, snapshot),
                factSheets.england(snapshot));
        AssessmentRun run = runs.save(version, laCode, now, user, snapshot, reproducesRunId, assessment,
                rulebook.confidentialRuleIds());
        events.publishEvent(AssessmentAudited.run(run));
        return run;
    }

    /**
     * The school's result in the latest run that assessed it, as the viewer may read it; not found if the school,
     * or such a run, is missing, or the viewer may not see the school. Reasons from soft intelligence given to the
     * viewer are recorded in the audit log, in this transaction.
     */
    @Transactional
    public SchoolResult latestFor(Urn urn, ViewerScope viewer) {
        if (!factSheets.hasSchool(urn)) {
            throw new AssessmentNotFoundException("No school with URN " + urn + " is in the register");
        }
        SchoolResult result = runs.latestFor(urn, viewer).orElseThrow(() -> new AssessmentNotFoundException(
                "School " + urn + " has not been assessed yet: no assessment run includes it"));
        audit(viewer, List.of(result));
        return result;
    }

    /** The run, its schools per category counted over the schools the viewer may see. */
    @Transactional(readOnly = true)
    public Optional<AssessmentRun> find(long runId, ViewerScope viewer) {
        return runs.run(runId, viewer);
    }

    /** The results of the schools the viewer may see; reasons from soft intelligence given are audited. */
    @Transactional
    public List<SchoolResult> results(long runId, ViewerScope viewer) {
        List<SchoolResult> results = runs.results(runId, viewer);
        audit(viewer, results);
        return results;
    }

    /** Each school whose reasons from soft intelligence the viewer was given is a read of that soft intelligence. */
    private void audit(ViewerScope viewer, List<SchoolResult> results) {
        for (SchoolResult result : results) {
            int shown = result.confidentialReasonsShown();
            if (shown > 0) {
                events.publishEvent(new SoftIntelligenceAudit(viewer.username(), "read",
                        SoftIntelligenceAudit.DERIVED_REASON, result.urn().toString(), "read " + shown
                                + (shown == 1 ? " reason" : " reasons") + " from soft intelligence about school "
                                + result.urn() + " in assessment run " + result.runId()));
            }
        }
    }

    /** To the microsecond, as PostgreSQL stores it, so a run read back equals the run returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
