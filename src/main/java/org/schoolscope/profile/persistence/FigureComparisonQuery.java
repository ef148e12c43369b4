package org.schoolscope.profile.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.schoolscope.profile.read.FigureComparison;
import org.schoolscope.profile.read.Measure;
import org.schoolscope.profile.read.PublishedFigure;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A school's latest figure per measure (latest year; within it the most settled release stage) beside the LA and
 * England figures for the same measure, year and stage.
 */
@Repository
public class FigureComparisonQuery {

    // The benchmark joins repeat the unique figure_identity expressions so that index serves them.
    private static final String SQL = """
            with latest as (
                select distinct on (f.measure_code) f.*
                from figure f
                where f.scope = 'SCHOOL' and f.urn = :urn
                order by f.measure_code, f.academic_year desc,
                         case f.release_stage when 'FINAL' then 3 when 'REVISED' then 2 else 1 end desc
            )
            select m.code, m.label, m.unit, m.higher_is_better, m.topic, l.academic_year, l.release_stage,
                   l.value, l.text_value, l.unavailable, l.raw_value, l.breakdown, l.source_file, l.import_id,
                   la.value as la_value, la.text_value as la_text_value, la.unavailable as la_unavailable,
                   la.raw_value as la_raw_value, la.breakdown as la_breakdown, la.source_file as la_source_file, la.import_id as la_import_id,
                   en.value as en_value, en.text_value as en_text_value, en.unavailable as en_unavailable,
                   en.raw_value as en_raw_value, en.breakdown as en_breakdown, en.source_file as en_source_file, en.import_id as en_import_id
            from latest l
            join measure m on m.code = l.measure_code
            left join lateral (
                select a.* from figure a
                where a.scope = 'LOCAL_AUTHORITY' and coalesce(a.urn, 0) = 0 and coalesce(a.la_code, 0) = :la
                  and a.measure_code = l.measure_code and a.academic_year = l.academic_year
                  and a.release_stage = l.release_stage and a.breakdown in (:breakdowns)
                order by a.breakdown = '' limit 1) la on true
            left join lateral (
                select e.* from figure e
                where e.scope = 'ENGLAND' and coalesce(e.urn, 0) = 0 and e.measure_code = l.measure_code
                  and e.academic_year = l.academic_year and e.release_stage = l.release_stage
                  and e.breakdown in (:breakdowns)
                order by e.breakdown = '', e.la_code nulls first limit 1) en on true
            order by m.topic, m.label
            """;

    private final JdbcClient jdbc;

    public FigureComparisonQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code laCode} is the school's LA; with none, no LA figure can match. Phase and type choose the benchmark
     * breakdown where a file publishes one per school type.
     */
    public List<FigureComparison> latestFor(Urn urn, Integer laCode, String phase, String establishmentType) {
        return jdbc.sql(SQL).param("urn", urn.value()).param("la", laCode == null ? -1 : laCode)
                .param("breakdowns", BenchmarkBreakdowns.forSchool(phase, establishmentType))
                .query(FigureComparisonQuery::comparison).list();
    }

    private static FigureComparison comparison(ResultSet row, int number) throws SQLException {
        Measure measure = new Measure(row.getString("code"), row.getString("label"), row.getString("unit"),
                Rows.bool(row, "higher_is_better"), row.getString("topic"));
        return new FigureComparison(measure, row.getString("academic_year"), row.getString("release_stage"),
                figure(row, "").orElseThrow(), figure(row, "la_"), figure(row, "en_"));
    }

    private static Optional<PublishedFigure> figure(ResultSet row, String prefix) throws SQLException {
        String raw = row.getString(prefix + "raw_value");
        if (raw == null) {
            return Optional.empty();
        }
        return Optional.of(new PublishedFigure(row.getBigDecimal(prefix + "value"), row.getString(prefix + "text_value"),
                row.getString(prefix + "unavailable"), raw, row.getString(prefix + "breakdown"), row.getString(prefix + "source_file"),
                row.getLong(prefix + "import_id")));
    }
}
