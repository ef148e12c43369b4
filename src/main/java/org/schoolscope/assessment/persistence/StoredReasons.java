package org.schoolscope.assessment.persistence;

import java.util.List;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.UncheckedReason;
import org.schoolscope.assessment.domain.Consequence;
import org.schoolscope.assessment.domain.Evidence;
import org.schoolscope.assessment.domain.FiredRule;
import org.schoolscope.assessment.domain.Observed;
import org.schoolscope.assessment.domain.Reading;
import org.schoolscope.assessment.domain.UncheckedRule;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine's reasons as the plain records stored in {@code school_assessment}'s jsonb columns. Values are stored as
 * the engine displays them ("41", "Inadequate", "not available (SUPP)"), so a stored explanation reads the same
 * whatever later becomes of the engine's types.
 */
final class StoredReasons {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredReasons() {
    }

    static String firedRulesJson(List<FiredRule> rules) {
        return JSON.writeValueAsString(rules.stream().map(StoredReasons::reason).toList());
    }

    static String uncheckedRulesJson(List<UncheckedRule> rules) {
        return JSON.writeValueAsString(rules.stream().map(rule -> new UncheckedReason(rule.ruleId(),
                rule.description(), rule.notAvailable(), rule.explanation())).toList());
    }

    static List<AssessmentReason> reasons(String json) {
        return JSON.readValue(json, new TypeReference<List<AssessmentReason>>() {
        });
    }

    static List<UncheckedReason> unchecked(String json) {
        return JSON.readValue(json, new TypeReference<List<UncheckedReason>>() {
        });
    }

    private static AssessmentReason reason(FiredRule rule) {
        return new AssessmentReason(rule.ruleId(), rule.description(), consequence(rule.consequence()),
                rule.explanation(), rule.evidence().stream().map(StoredReasons::evidence).toList());
    }

    private static String consequence(Consequence consequence) {
        if (consequence instanceof Consequence.PlaceInCategory) {
            return "category: " + ((Consequence.PlaceInCategory) consequence).category();
        }
        return "concern, weight " + ((Consequence.AddConcern) consequence).weight();
    }

    private static AssessmentReason.ReasonEvidence evidence(Evidence evidence) {
        List<AssessmentReason.FactReading> readings = evidence.readings().stream().map(StoredReasons::reading)
                .toList();
        AssessmentReason.FactReading first = readings.isEmpty() ? null : readings.get(0);
        return new AssessmentReason.ReasonEvidence(evidence.condition(), evidence.subject(),
                evidence.value().display(), evidence.relation(), evidence.comparedWith(),
                display(evidence.comparisonValue()), first == null ? null : first.year(),
                first == null ? null : first.sourceFile(), readings);
    }

    private static AssessmentReason.FactReading reading(Reading reading) {
        return new AssessmentReason.FactReading(reading.fact(), reading.label(), reading.value().display(),
                reading.provenance().year().toString(), reading.provenance().source());
    }

    private static String display(Observed value) {
        return value == null ? null : value.display();
    }
}
