package org.schoolscope.assessment.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.performance.Figure;
import org.schoolscope.performance.Figures;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.stereotype.Component;

/**
 * The latest figure per measure of every school in scope, and England's figures, as the performance module defines
 * "the latest figure" ({@link Figures}): counted to the run's day, within its imports. Only numbers and "not
 * available" are facts: a text figure has no place in a numeric rule.
 */
@Component
class FigureFactsQuery {

    /**
     * England's figures published per school type, by the phase GIAS gives the schools they describe. Special
     * schools have no phase of their own in GIAS, so they are compared with the figure for all schools.
     */
    private static final Map<String, String> PHASE_OF_BREAKDOWN = Map.of(
            "State-funded primary", "Primary",
            "State-funded secondary", "Secondary");

    private final Figures figures;

    FigureFactsQuery(Figures figures) {
        this.figures = figures;
    }

    Map<Integer, Map<String, FactValue>> schoolFigures(SchoolScope scope) {
        Map<Integer, Map<String, FactValue>> facts = new HashMap<>();
        figures.latestForSchools(scope.urns(), List.of(), scope.asAt()).forEach((Urn urn, Map<String, Figure> latest) ->
                latest.values().stream().filter(FigureFactsQuery::numeric).forEach(figure -> facts
                        .computeIfAbsent(urn.value(), key -> new HashMap<>())
                        .put(figure.measure().code(), factValue(figure))));
        return facts;
    }

    /** England's latest figure per measure, for all schools and, where published, per phase. */
    NationalFigures england(SchoolScope scope) {
        Map<String, FactValue> byMeasure = new HashMap<>();
        Map<String, Map<String, FactValue>> byMeasureAndPhase = new HashMap<>();
        for (Figure figure : figures.latestForEngland(scope.asAt())) {
            if (!numeric(figure)) {
                continue;
            }
            String measure = figure.measure().code();
            if (figure.breakdown().isEmpty()) {
                byMeasure.put(measure, factValue(figure));
            } else if (PHASE_OF_BREAKDOWN.containsKey(figure.breakdown())) {
                byMeasureAndPhase.computeIfAbsent(measure, key -> new HashMap<>())
                        .put(PHASE_OF_BREAKDOWN.get(figure.breakdown()), factValue(figure));
            }
        }
        return new NationalFigures(byMeasure, byMeasureAndPhase);
    }

    private static boolean numeric(Figure figure) {
        return figure.textValue() == null && !"TEXT".equals(figure.measure().unit());
    }

    private static FactValue factValue(Figure figure) {
        Provenance provenance = new Provenance(AcademicYear.parse(figure.academicYear()), figure.sourceFile());
        return figure.value() != null ? FactValue.number(figure.value().doubleValue(), provenance)
                : FactValue.notAvailable(figure.unavailable(), provenance);
    }
}
