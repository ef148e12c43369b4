package org.schoolscope.assessment.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.schoolscope.assessment.domain.FactValue;
import org.schoolscope.assessment.domain.NationalFigures;
import org.schoolscope.assessment.domain.Provenance;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest published figure per measure, for every school in scope in one query, and England's figures. Only
 * numbers and "not available" are facts: a text figure has no place in a numeric rule.
 */
@Component
class FigureFactsQuery {

    /** A later year wins; within a year a final figure beats a revised one, and a revised one a provisional one. */
    private static final String NEWEST_FIRST = """
            f.academic_year desc,
            case f.release_stage when 'FINAL' then 3 when 'REVISED' then 2 else 1 end desc, f.id desc""";

    /**
     * England's figures published per school type, by the phase GIAS gives the schools they describe. Special
     * schools have no phase of their own in GIAS, so they are compared with the figure for all schools.
     */
    private static final Map<String, String> PHASE_OF_BREAKDOWN = Map.of(
            "State-funded primary", "Primary",
            "State-funded secondary", "Secondary");

    private final JdbcClient jdbc;

    FigureFactsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Integer, Map<String, FactValue>> schoolFigures(SchoolScope scope) {
        Map<Integer, Map<String, FactValue>> figures = new HashMap<>();
        scope.bind(jdbc.sql("""
                select distinct on (f.urn, f.measure_code) f.urn, f.measure_code, f.academic_year, f.value,
                    f.unavailable, f.source_file
                from figure f join school s on s.urn = f.urn
                where f.scope = 'SCHOOL' and f.text_value is null and\s""" + SchoolScope.CONDITION + " and "
                + SchoolScope.imported("f") + """

                order by f.urn, f.measure_code,\s""" + NEWEST_FIRST))
                .query(row -> {
                    figures.computeIfAbsent(row.getInt("urn"), key -> new HashMap<>())
                            .put(row.getString("measure_code"), factValue(row));
                });
        return figures;
    }

    /** England's latest figure per measure, for all schools and, where published, per phase. */
    NationalFigures england(SchoolScope scope) {
        Map<String, FactValue> byMeasure = new HashMap<>();
        Map<String, Map<String, FactValue>> byMeasureAndPhase = new HashMap<>();
        scope.bind(jdbc.sql("""
                select distinct on (f.measure_code, f.breakdown) f.measure_code, f.breakdown, f.academic_year,
                    f.value, f.unavailable, f.source_file
                from figure f
                where f.scope = 'ENGLAND' and f.text_value is null and\s""" + SchoolScope.imported("f") + """

                order by f.measure_code, f.breakdown, f.la_code nulls first,\s""" + NEWEST_FIRST))
                .query(row -> {
                    String measure = row.getString("measure_code");
                    String breakdown = row.getString("breakdown");
                    if (breakdown.isEmpty()) {
                        byMeasure.put(measure, factValue(row));
                    } else if (PHASE_OF_BREAKDOWN.containsKey(breakdown)) {
                        byMeasureAndPhase.computeIfAbsent(measure, key -> new HashMap<>())
                                .put(PHASE_OF_BREAKDOWN.get(breakdown), factValue(row));
                    }
                });
        return new NationalFigures(byMeasure, byMeasureAndPhase);
    }

    private static FactValue factValue(ResultSet row) throws SQLException {
        Provenance provenance = new Provenance(AcademicYear.parse(row.getString("academic_year")),
                row.getString("source_file"));
        BigDecimal value = row.getBigDecimal("value");
        return value != null ? FactValue.number(value.doubleValue(), provenance)
                : FactValue.notAvailable(row.getString("unavailable"), provenance);
    }
}
