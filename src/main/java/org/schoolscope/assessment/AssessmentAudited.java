package org.schoolscope.assessment;

import java.util.Map;
import java.util.TreeMap;
import org.schoolscope.shared.AuditedAction;
import org.schoolscope.shared.Urn;

/**
 * An assessment run or a category override, for the audit log (issue 13), published in the transaction that stores
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

    static AssessmentAudited override(CategoryOverride override) {
        return new AssessmentAudited(override.madeBy(), "override", "assessment-override",
                Long.toString(override.id()), "Set school " + override.urn() + " to " + override.category()
                        + " in run " + override.runId() + ", with a written reason",
                override.urn());
    }
}
