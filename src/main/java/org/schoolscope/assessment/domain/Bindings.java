package org.schoolscope.assessment.domain;

import java.util.HashMap;
import java.util.Map;

/** What one evaluation binds conditions to: the schools' columns, the parameter values and England's figures. */
final class Bindings {

    private final FactTable table;
    private final Map<String, ParameterValues.Column> parameters;
    private final NationalFigures national;
    private final Map<String, double[]> nationalColumns = new HashMap<>();

    Bindings(FactTable table, Map<String, ParameterValues.Column> parameters, NationalFigures national) {
        this.table = table;
        this.parameters = parameters;
        this.national = national;
    }

    FactTable table() {
        return table;
    }

    Map<String, ParameterValues.Column> parameters() {
        return parameters;
    }

    NationalFigures national() {
        return national;
    }

    /** England's figure for each school (its phase's, where published), NaN where there is none. */
    double[] nationalColumn(String measure) {
        return nationalColumns.computeIfAbsent(measure, this::layOutNational);
    }

    private double[] layOutNational(String measure) {
        double[] column = new double[table.size()];
        for (int school = 0; school < table.size(); school++) {
            column[school] = national.find(measure, table.school(school).phase()).map(FactValue::value)
                    .filter(Observed.Number.class::isInstance)
                    .map(value -> ((Observed.Number) value).value())
                    .orElse(Double.NaN);
        }
        return column;
    }
}
