package org.schoolscope.assessment.domain;

import java.util.Map;

/** What one evaluation binds conditions to: the schools' columns, the parameter values and England's figures. */
record Bindings(FactTable table, Map<String, ParameterValues.Column> parameters, NationalFigures national) {

    double nationalFigure(String measure) {
        return national.find(measure).map(FactValue::value)
                .filter(Observed.Number.class::isInstance)
                .map(value -> ((Observed.Number) value).value())
                .orElse(Double.NaN);
    }
}
