package org.schoolscope.inspection.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A report-card inspection (from November 2025): each evaluation area on the five-point scale and safeguarding met
 * or not met. Early years and sixth form appear only where the school has them.
 */
public record ReportCardInspection(InspectionFacts facts, Map<EvaluationArea, ReportCardGrade> evaluations,
        Safeguarding safeguarding, CategoryOfConcern categoryOfConcern) implements Inspection {

    public ReportCardInspection {
        if (facts == null) {
            throw new IllegalArgumentException("An inspection needs its facts");
        }
        evaluations = Judgements.copy(evaluations, EvaluationArea.class);
        Set<EvaluationArea> missing = Arrays.stream(EvaluationArea.values()).filter(a -> !a.isWhereApplicable())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EvaluationArea.class)));
        missing.removeAll(evaluations.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("A report card for " + facts.urn()
                    + " evaluates every area; missing " + missing);
        }
        if (safeguarding != Safeguarding.MET && safeguarding != Safeguarding.NOT_MET) {
            throw new IllegalArgumentException("A report card for " + facts.urn()
                    + " says whether safeguarding is met, not " + safeguarding);
        }
    }

    @Override
    public Framework framework() {
        return Framework.REPORT_CARD;
    }

    @Override
    public String headline() {
        String areas = evaluations.entrySet().stream()
                .map(e -> Labels.of(e.getKey()) + ": " + e.getValue().label()).collect(Collectors.joining("; "));
        return areas + "; safeguarding " + (safeguarding == Safeguarding.MET ? "met" : "not met");
    }
}
