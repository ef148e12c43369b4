package org.schoolscope.assessment.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * England's figures, which {@code england(measure)} reads: one per measure, and where DfE publishes one per phase
 * (absence is published for state-funded primary and secondary schools separately), the figure for the school's
 * own phase, since a primary's absence is fairly compared only with primaries.
 */
public record NationalFigures(Map<String, FactValue> byMeasure, Map<String, Map<String, FactValue>> byMeasureAndPhase) {

    public NationalFigures {
        byMeasure = Map.copyOf(byMeasure);
        Map<String, Map<String, FactValue>> copy = new HashMap<>();
        byMeasureAndPhase.forEach((measure, byPhase) -> copy.put(measure, Map.copyOf(byPhase)));
        byMeasureAndPhase = Map.copyOf(copy);
    }

    public NationalFigures(Map<String, FactValue> byMeasure) {
        this(byMeasure, Map.of());
    }

    public static NationalFigures none() {
        return new NationalFigures(Map.of());
    }

    /** The figure for the phase when England has one, else the figure for all schools. */
    public Optional<FactValue> find(String measure, String phase) {
        FactValue forPhase = byMeasureAndPhase.getOrDefault(measure, Map.of()).get(phase);
        return forPhase != null ? Optional.of(forPhase) : Optional.ofNullable(byMeasure.get(measure));
    }

    /** Whether {@link #find} answered with a phase's own figure, so an explanation can say which it used. */
    public boolean hasPhaseFigure(String measure, String phase) {
        return byMeasureAndPhase.getOrDefault(measure, Map.of()).containsKey(phase);
    }
}
