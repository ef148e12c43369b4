package org.schoolscope.inspection.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A graded inspection of 2024-25: the key judgements on the four-point scale and safeguarding, with no overall
 * grade (Ofsted removed it in September 2024). Schools could still be placed in a category of concern.
 */
public record KeyJudgementsInspection(InspectionFacts facts, Map<KeyJudgementArea, OverallEffectiveness> keyJudgements,
        CategoryOfConcern categoryOfConcern, Safeguarding safeguarding) implements Inspection {

    private static final Set<KeyJudgementArea> ALWAYS_JUDGED = EnumSet.of(KeyJudgementArea.QUALITY_OF_EDUCATION,
            KeyJudgementArea.BEHAVIOUR_AND_ATTITUDES, KeyJudgementArea.PERSONAL_DEVELOPMENT,
            KeyJudgementArea.LEADERSHIP_AND_MANAGEMENT);

    public KeyJudgementsInspection {
        if (facts == null) {
            throw new IllegalArgumentException("An inspection needs its facts");
        }
        keyJudgements = Judgements.copy(keyJudgements, KeyJudgementArea.class);
        Set<KeyJudgementArea> missing = EnumSet.copyOf(ALWAYS_JUDGED);
        missing.removeAll(keyJudgements.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("A 2024-25 inspection of " + facts.urn()
                    + " judges every key judgement; missing " + missing);
        }
        if (safeguarding == null || !safeguarding.isGradedEraJudgement()) {
            throw new IllegalArgumentException("A 2024-25 inspection of " + facts.urn()
                    + " judges safeguarding effective or not, not " + safeguarding);
        }
    }

    @Override
    public Framework framework() {
        return Framework.KEY_JUDGEMENTS;
    }

    @Override
    public String headline() {
        String judgements = keyJudgements.entrySet().stream()
                .map(e -> Labels.of(e.getKey()) + ": " + e.getValue().label()).collect(Collectors.joining("; "));
        return categoryOfConcern == null ? judgements
                : judgements + " (" + categoryOfConcern.name().toLowerCase().replace('_', ' ') + ")";
    }
}
