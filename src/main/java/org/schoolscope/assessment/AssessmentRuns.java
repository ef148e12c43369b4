package org.schoolscope.assessment;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.schoolscope.assessment.domain.Assessment;
import org.schoolscope.assessment.domain.Assessor;
import org.schoolscope.assessment.domain.CompiledRulebook;
import org.schoolscope.assessment.persistence.AssessmentRunStore;
import org.schoolscope.assessment.persistence.FactSheetQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assesses every school in scope with the latest rulebook version and stores the run, so that each school's
 * category and reasons can be shown and defended later.
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
     * Runs the latest rulebook over the council's schools. One repeatable-read transaction, so the import batches
     * recorded are exactly the data the fact sheets were read from, even while a file is being imported.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public AssessmentRun run(LaCode laCode, String user) {
        if (!factSheets.hasSchools(laCode)) {
            throw new NoSchoolsToAssessException(laCode);
        }
        RulebookVersion version = rulebooks.latest();
        CompiledRulebook rulebook = Rulebooks.compile(version.yaml());
        List<Long> importIds = runs.importIds();
        Assessment assessment = Assessor.assess(rulebook, factSheets.schools(laCode), factSheets.england());
        return runs.save(version, laCode, clock.instant().truncatedTo(ChronoUnit.MICROS), user,
                importIds, assessment);
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
}
