package org.schoolscope.assessment.domain;

import java.util.Map;
import java.util.Optional;

/** England's figure for each measure, which {@code england(measure)} reads. */
public record NationalFigures(Map<String, FactValue> byMeasure) {

    public NationalFigures {
        byMeasure = Map.copyOf(byMeasure);
    }

    public static NationalFigures none() {
        return new NationalFigures(Map.of());
    }

    public Optional<FactValue> find(String measure) {
        return Optional.ofNullable(byMeasure.get(measure));
    }
}
