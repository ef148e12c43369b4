package org.schoolscope.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.domain.RunComparison;
import org.schoolscope.assessment.domain.SchoolOutcome;
import org.schoolscope.assessment.persistence.PriorityListQuery;
import org.schoolscope.assessment.persistence.RulebookVersionStore;
import org.schoolscope.assessment.persistence.WorkbenchQuery;
import org.schoolscope.assessment.rulebook.RulebookYaml;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored runs, and two of them compared (issue 3, item 4): who moved in, who moved out, and why. */
@Service
public class RunComparisons {

    private final AssessmentRuns runs;
    private final WorkbenchQuery history;
    private final RulebookVersionStore versions;
    private final PriorityListQuery names;

    RunComparisons(AssessmentRuns runs, WorkbenchQuery history, RulebookVersionStore versions,
            PriorityListQuery names) {
        this.runs = runs;
        this.history = history;
        this.versions = versions;
        this.names = names;
    }

    /** Every run, newest first, its schools per category counted over the schools the viewer may see. */
    @Transactional(readOnly = true)
    public List<AssessmentRun> runs(ViewerScope viewer) {
        return history.runs(viewer);
    }

    /**
     * Run {@code fromId} compared with run {@code toId} over the schools the viewer may see; not found when either is
     * not on record. The rules that read soft intelligence take part only where the viewer may read notes about the
     * school (and that read is audited); elsewhere a school moved by one shows "other information held by the
     * council" and nothing more.
     */
    @Transactional
    public RunComparisonReport compare(long fromId, long toId, ViewerScope viewer) {
        AssessmentRun from = find(fromId, viewer);
        AssessmentRun to = find(toId, viewer);
        List<SchoolResult> before = runs.results(fromId, viewer);
        List<SchoolResult> after = runs.results(toId, viewer);
        RunComparison comparison = RunComparison.compare(outcomes(before), noConcern(from), outcomes(after),
                noConcern(to));
        Map<Urn, SchoolResult> beforeByUrn = byUrn(before);
        Map<Urn, SchoolResult> afterByUrn = byUrn(after);
        Map<Integer, String> schoolNames = names.schoolNames(toId, viewer);
        Map<Integer, String> earlierNames = names.schoolNames(fromId, viewer);
        List<RunComparisonReport.ComparedSchool> schools = comparison.changes().stream()
                .map(change -> new RunComparisonReport.ComparedSchool(change,
                        schoolNames.getOrDefault(change.urn().value(),
                                earlierNames.getOrDefault(change.urn().value(), "")),
                        reasons(beforeByUrn.get(change.urn()), change.firedOnlyBefore()),
                        reasons(afterByUrn.get(change.urn()), change.firedOnlyAfter()),
                        withheld(beforeByUrn.get(change.urn())) || withheld(afterByUrn.get(change.urn()))))
                .toList();
        return new RunComparisonReport(from, to, schools);
    }

    private AssessmentRun find(long id, ViewerScope viewer) {
        return runs.find(id, viewer)
                .orElseThrow(() -> new AssessmentNotFoundException("No assessment run " + id + " is on record"));
    }

    private String noConcern(AssessmentRun run) {
        return RulebookYaml.read(versions.find(run.rulebookVersion()).orElseThrow().yaml()).defaultCategory();
    }

    private static List<SchoolOutcome> outcomes(List<SchoolResult> results) {
        return results.stream().map(result -> new SchoolOutcome(result.urn(), result.category(),
                result.reasons().stream().map(AssessmentReason::ruleId).toList())).toList();
    }

    private static Map<Urn, SchoolResult> byUrn(List<SchoolResult> results) {
        return results.stream().collect(Collectors.toMap(SchoolResult::urn, Function.identity()));
    }

    private static boolean withheld(SchoolResult result) {
        return result != null && result.otherInformationWithheld();
    }

    private static List<AssessmentReason> reasons(SchoolResult result, List<String> ruleIds) {
        if (result == null) {
            return List.of();
        }
        return result.reasons().stream().filter(reason -> ruleIds.contains(reason.ruleId())).toList();
    }

}
