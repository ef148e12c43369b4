package org.schoolscope.assessment.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.assessment.RunComparisonReport;
import org.schoolscope.assessment.WhatIfReport;
import org.schoolscope.assessment.domain.CategoryChange;
import org.schoolscope.assessment.domain.DiffLine;
import org.schoolscope.assessment.domain.FiredRule;
import org.schoolscope.assessment.domain.LineDiff;

/** The JSON the rulebook workbench's API answers with and reads: plain records, never stored objects. */
final class WorkbenchResponses {

    private WorkbenchResponses() {
    }

    /** A version without its text, for the history. */
    record VersionSummary(int version, String author, String reason, Instant createdAt) {

        static VersionSummary of(RulebookVersion version) {
            return new VersionSummary(version.version(), version.author(), version.reason(), version.createdAt());
        }
    }

    /** A version with its text and, when asked for, the lines it changed from the version before. */
    record VersionResponse(int version, String author, String reason, Instant createdAt, String yaml,
            List<DiffLine> changesFromPrevious) {

        static VersionResponse of(RulebookVersion version, LineDiff diff) {
            return new VersionResponse(version.version(), version.author(), version.reason(), version.createdAt(),
                    version.yaml(), diff == null ? null : diff.withContext(0));
        }
    }

    /** A new version: the whole document and why it changed. */
    record SaveRequest(String yaml, String reason) {
    }

    /**
     * A what-if: a draft rulebook (the latest version when absent) and thresholds to change in it, by parameter
     * name (a percentile's value is its cut-off, 0 to 100).
     */
    record WhatIfRequest(String yaml, Map<String, Double> thresholds) {
    }

    /** A rule that fires on one side only, with the sentence that explains it and its figures. */
    record RuleReason(String ruleId, String explanation) {

        static RuleReason of(FiredRule rule) {
            return new RuleReason(rule.ruleId(), rule.explanation());
        }

        static RuleReason of(AssessmentReason reason) {
            return new RuleReason(reason.ruleId(), reason.explanation());
        }
    }

    /**
     * A school that moves. {@code otherInformation} is true in a comparison where a rule that reads soft
     * intelligence, withheld from the caller, fired in either run; a what-if reads no soft intelligence, so it is
     * false there.
     */
    record SchoolChange(int urn, String name, CategoryChange.Movement movement, String categoryBefore,
            String categoryAfter, Integer scoreBefore, Integer scoreAfter, List<RuleReason> rulesOnlyBefore,
            List<RuleReason> rulesOnlyAfter, boolean otherInformation) {
    }

    record WhatIfResponse(int baseVersion, long runId, int schoolsAssessed, List<SchoolChange> changes) {

        static WhatIfResponse of(WhatIfReport report) {
            return new WhatIfResponse(report.base().version(), report.run().id(), report.schoolsAssessed(),
                    report.schools().stream().map(school -> {
                        CategoryChange change = school.change().change();
                        return new SchoolChange(change.urn().value(), school.name(), change.movement(),
                                change.categoryBefore(), change.categoryAfter(), school.change().scoreBefore(),
                                school.change().scoreAfter(),
                                school.change().firedOnlyBefore().stream().map(RuleReason::of).toList(),
                                school.change().firedOnlyAfter().stream().map(RuleReason::of).toList(), false);
                    }).toList());
        }
    }

    record ComparisonResponse(long fromRunId, long toRunId, List<SchoolChange> changes) {

        static ComparisonResponse of(RunComparisonReport report) {
            return new ComparisonResponse(report.from().id(), report.to().id(), report.schools().stream()
                    .map(school -> new SchoolChange(school.change().urn().value(), school.name(),
                            school.change().movement(), school.change().categoryBefore(),
                            school.change().categoryAfter(), null, null,
                            school.reasonsOnlyBefore().stream().map(RuleReason::of).toList(),
                            school.reasonsOnlyAfter().stream().map(RuleReason::of).toList(),
                            school.otherInformation()))
                    .toList());
        }
    }
}
