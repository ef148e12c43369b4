package org.schoolscope.assessment.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * A school's reasons as a run stores them: the published ones as two JSON arrays, and those of rules that read
     * soft intelligence apart, each with its place among all the school's reasons of its kind.
     */
    record Split(String firedJson, String uncheckedJson, List<Placed> confidential) {

        boolean otherInformation() {
            return confidential.stream().anyMatch(placed -> placed.kind().equals(FIRED));
        }
    }

    /** One confidential reason: FIRED or UNCHECKED, its position, and its JSON. */
    record Placed(String kind, int position, String json) {
    }

    static final String FIRED = "FIRED";
    static final String UNCHECKED = "UNCHECKED";

    static Split split(List<FiredRule> fired, List<UncheckedRule> unchecked, Set<String> confidentialRules) {
        List<AssessmentReason> published = new ArrayList<>();
        List<UncheckedReason> publishedUnchecked = new ArrayList<>();
        List<Placed> confidential = new ArrayList<>();
        for (int position = 0; position < fired.size(); position++) {
            AssessmentReason reason = reason(fired.get(position));
            if (confidentialRules.contains(reason.ruleId())) {
                confidential.add(new Placed(FIRED, position, JSON.writeValueAsString(reason.asConfidential())));
            } else {
                published.add(reason);
            }
        }
        for (int position = 0; position < unchecked.size(); position++) {
            UncheckedRule rule = unchecked.get(position);
            UncheckedReason reason = new UncheckedReason(rule.ruleId(), rule.description(), rule.notAvailable(),
                    rule.explanation(), false);
            if (confidentialRules.contains(reason.ruleId())) {
                confidential.add(new Placed(UNCHECKED, position, JSON.writeValueAsString(reason.asConfidential())));
            } else {
                publishedUnchecked.add(reason);
            }
        }
        return new Split(JSON.writeValueAsString(published), JSON.writeValueAsString(publishedUnchecked),
                confidential);
    }

    static List<AssessmentReason> reasons(String json) {
        return JSON.readValue(json, new TypeReference<List<AssessmentReason>>() {
        });
    }

    static List<UncheckedReason> unchecked(String json) {
        return JSON.readValue(json, new TypeReference<List<UncheckedReason>>() {
        });
    }

    /**
     * The published reasons with the confidential ones put back in their places, marked confidential.
     * {@code confidentialJson} is a JSON array of {@code {"position": n, "reason": {...}}}, or null when the viewer
     * was given none.
     */
    static List<AssessmentReason> reasons(String publishedJson, String confidentialJson) {
        List<PlacedReason> confidential = confidentialJson == null ? List.of()
                : JSON.readValue(confidentialJson, new TypeReference<List<PlacedReason>>() {
                });
        return merge(reasons(publishedJson), confidential.stream()
                .collect(java.util.stream.Collectors.toMap(PlacedReason::position,
                        placed -> placed.reason().asConfidential())));
    }

    /** As {@link #reasons(String, String)}, for the rules left unchecked. */
    static List<UncheckedReason> unchecked(String publishedJson, String confidentialJson) {
        List<PlacedUnchecked> confidential = confidentialJson == null ? List.of()
                : JSON.readValue(confidentialJson, new TypeReference<List<PlacedUnchecked>>() {
                });
        return merge(unchecked(publishedJson), confidential.stream()
                .collect(java.util.stream.Collectors.toMap(PlacedUnchecked::position,
                        placed -> placed.reason().asConfidential())));
    }

    private static <T> List<T> merge(List<T> published, Map<Integer, T> confidential) {
        List<T> merged = new ArrayList<>();
        int next = 0;
        for (int position = 0; position < published.size() + confidential.size(); position++) {
            T reason = confidential.get(position);
            if (reason != null) {
                merged.add(reason);
            } else if (next < published.size()) {
                merged.add(published.get(next++));
            }
        }
        while (next < published.size()) {
            merged.add(published.get(next++));
        }
        return merged;
    }

    record PlacedReason(int position, AssessmentReason reason) {
    }

    record PlacedUnchecked(int position, UncheckedReason reason) {
    }

    private static AssessmentReason reason(FiredRule rule) {
        return new AssessmentReason(rule.ruleId(), rule.description(), consequence(rule.consequence()),
                rule.explanation(), rule.evidence().stream().map(StoredReasons::evidence).toList(), false);
    }

    private static String consequence(Consequence consequence) {
        return consequence.describe();
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
