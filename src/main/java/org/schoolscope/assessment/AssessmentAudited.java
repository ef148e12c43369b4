package org.schoolscope.assessment;

import java.util.Map;
import java.util.TreeMap;
import org.schoolscope.shared.AuditedAction;
import org.schoolscope.shared.Urn;

/**
 * An assessment run or a category override, its confirmation or withdrawal, for the audit log (issue 13), published in the transaction that stores
 * it. The detail names the run and the category, never a reason from soft intelligence.
 */
public record AssessmentAudited(String actor, String action, String recordType, String recordId, String detail,
        Urn school) implements AuditedAction {

    static AssessmentAudited run(AssessmentRun run) {
        String reproduces = run.reproducesRunId() == null ? ""
                : ", reproducing run " + run.reproducesRunId();
        return new AssessmentAudited(run.runBy(), "run", "assessment-run", Long.toString(run.id()),
                "Ran rulebook version " + run.rulebookVersion() + " on " + run.importIds().size()
                        + " imports (data as of " + run.dataAsOf() + ")" + reproduces + "; schools per category: "
                        + new TreeMap<>(Map.copyOf(run.schoolsByCategory())),
                null);
    }

    /**
     * An override, or the confirmation of one whose evidence changed. The reason stays on the override's own record:
     * it may draw on soft intelligence, which the log never repeats.
     */
    static AssessmentAudited override(CategoryOverride override, String placedIn, boolean confirming) {
        return new AssessmentAudited(override.madeBy(), confirming ? "confirm" : "override", "assessment-override",
                Long.toString(override.id()), (confirming ? "Confirmed school " + override.urn() + " in "
                        : "Set school " + override.urn() + " to ") + override.category() + " in run "
                        + override.runId() + " (placed in " + placedIn + "), with a written reason",
                override.urn());
    }

    static AssessmentAudited withdrawal(CategoryOverride override, String withdrawnBy) {
        return new AssessmentAudited(withdrawnBy, "withdraw", "assessment-override", Long.toString(override.id()),
                "Withdrew the override of school " + override.urn() + " to " + override.category()
                        + ", with a written reason",
                override.urn());
    }
}
