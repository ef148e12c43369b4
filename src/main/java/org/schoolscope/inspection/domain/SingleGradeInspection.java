package org.schoolscope.inspection.domain;

import java.util.Map;

/**
 * A graded inspection to August 2024: one overall effectiveness grade, a category of concern for some Inadequate
 * schools, and from September 2019 key judgements and a safeguarding judgement. Judgements not made (published
 * as 9) are simply absent.
 */
public record SingleGradeInspection(InspectionFacts facts, OverallEffectiveness overallEffectiveness,
        CategoryOfConcern categoryOfConcern, Map<KeyJudgementArea, OverallEffectiveness> keyJudgements,
        Safeguarding safeguarding) implements Inspection {

    public SingleGradeInspection {
        if (facts == null || overallEffectiveness == null) {
            throw new IllegalArgumentException("A graded inspection needs its facts and overall effectiveness");
        }
        if (categoryOfConcern != null && overallEffectiveness != OverallEffectiveness.INADEQUATE) {
            throw new IllegalArgumentException("Only an Inadequate school is placed in a category of concern, but "
                    + facts.urn() + " was " + overallEffectiveness.label());
        }
        if (safeguarding != null && !safeguarding.isGradedEraJudgement()) {
            throw new IllegalArgumentException("Before report cards safeguarding is effective or not, not " + safeguarding);
        }
        keyJudgements = Judgements.copy(keyJudgements, KeyJudgementArea.class);
    }

    @Override
    public Framework framework() {
        return Framework.SINGLE_GRADE;
    }

    @Override
    public String headline() {
        return categoryOfConcern == null ? overallEffectiveness.label()
                : overallEffectiveness.label() + " (" + categoryOfConcern.name().toLowerCase().replace('_', ' ') + ")";
    }
}
