package org.schoolscope.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A rule that fired for a school, as stored with the run: the rule, what it does ("category: Vulnerable" or
 * "concern, weight 2"), the sentence a headteacher reads, and the comparisons that made it fire. {@code confidential}
 * marks a rule that reads soft intelligence, which only a viewer who may read notes about the school is given.
 */
public record AssessmentReason(String ruleId, String description, String consequence, String explanation,
        List<ReasonEvidence> evidence, boolean confidential) {

    public AssessmentReason {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(explanation, "explanation");
        evidence = List.copyOf(evidence);
    }

    /** The same reason, marked as read from the confidential store. */
    public AssessmentReason asConfidential() {
        return new AssessmentReason(ruleId, description, consequence, explanation, evidence, true);
    }

    /**
     * One comparison: {@code subject} was {@code value}, {@code relation} {@code comparedWith} (which is
     * {@code comparisonValue}; null for a yes-or-no fact). {@code year} and {@code sourceFile} are those of the
     * first fact read; {@code readings} lists every fact read with its own.
     */
    public record ReasonEvidence(String condition, String subject, String value, String relation,
            String comparedWith, String comparisonValue, String year, String sourceFile, List<FactReading> readings) {

        public ReasonEvidence {
            readings = List.copyOf(readings);
        }
    }

    /** A fact as the rule read it, with the academic year it describes and the file it came from. */
    public record FactReading(String fact, String label, String value, String year, String sourceFile) {
    }
}
