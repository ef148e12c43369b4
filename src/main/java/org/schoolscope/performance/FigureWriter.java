package org.schoolscope.performance;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.PublishedValue;
import org.schoolscope.ingest.WriteCounts;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a file's figures in its import transaction: COPY into a staging table, resolve schools known only by
 * LAESTAB, then one merge that adds new figures, changes those whose value differs and leaves the rest.
 */
@Component
class FigureWriter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    FigureWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    WriteCounts write(FigureLayout layout, List<StagedFigure> figures, ImportBatch batch) {
        for (FigureLayout.MeasureColumn measure : layout.measures()) {
            jdbc.sql("""
                    insert into measure (code, label, unit, higher_is_better, topic) values (?, ?, ?, ?, ?)
                    on conflict (code) do update set label = excluded.label, unit = excluded.unit,
                        higher_is_better = excluded.higher_is_better, topic = excluded.topic""")
                    .params(measure.code(), measure.label(), measure.unit().name(), measure.higherIsBetter(),
                            measure.topic())
                    .update();
        }
        jdbc.sql("""
                create temporary table figure_stage (line bigint, scope text, urn integer, laestab integer,
                    la_code integer, breakdown text, measure_code text, academic_year text, release_stage text,
                    value numeric, text_value text, unavailable text, raw_value text) on commit drop""").update();
        copy(figures);
        jdbc.sql("""
                update figure_stage s set urn = r.urn
                from (select distinct on (laestab) laestab, urn from school_record where laestab is not null
                      order by laestab, as_at desc) r
                where s.scope = 'SCHOOL' and s.urn is null and s.laestab = r.laestab""").update();
        int unmatchedRows = jdbc.sql("""
                with gone as (delete from figure_stage where scope = 'SCHOOL' and urn is null returning line)
                select count(distinct line) from gone""").query(Integer.class).single();
        int staged = jdbc.sql("""
                select count(*) from (select distinct scope, coalesce(urn, 0), coalesce(la_code, 0), breakdown,
                    measure_code, academic_year, release_stage from figure_stage) keys""")
                .query(Integer.class).single();
        record Merged(int added, int changed) {
        }
        Merged merged = jdbc.sql("""
                with upserted as (
                    insert into figure (scope, urn, la_code, breakdown, measure_code, academic_year, release_stage,
                        value, text_value, unavailable, raw_value, import_id, source_file)
                    select distinct on (scope, coalesce(urn, 0), coalesce(la_code, 0), breakdown, measure_code,
                            academic_year, release_stage)
                        scope, urn, case when scope = 'ENGLAND' then null else la_code end, breakdown, measure_code,
                        academic_year, release_stage, value, text_value, unavailable, raw_value, ?, ?
                    from figure_stage
                    order by scope, coalesce(urn, 0), coalesce(la_code, 0), breakdown, measure_code, academic_year,
                        release_stage, line
                    on conflict (scope, coalesce(urn, 0), coalesce(la_code, 0), breakdown, measure_code,
                        academic_year, release_stage)
                    do update set value = excluded.value, text_value = excluded.text_value,
                        unavailable = excluded.unavailable, raw_value = excluded.raw_value,
                        import_id = excluded.import_id, source_file = excluded.source_file
                    where (figure.value, figure.text_value, figure.unavailable)
                        is distinct from (excluded.value, excluded.text_value, excluded.unavailable)
                    returning (xmax = 0) as inserted)
                select count(*) filter (where inserted) as added, count(*) filter (where not inserted) as changed
                from upserted""")
                .params(batch.id(), batch.fileName())
                .query((rs, n) -> new Merged(rs.getInt("added"), rs.getInt("changed"))).single();
        return new WriteCounts(merged.added(), merged.changed(), staged - merged.added() - merged.changed(),
                unmatchedRows);
    }

    private void copy(List<StagedFigure> figures) {
        StringBuilder csv = new StringBuilder(figures.size() * 64);
        for (StagedFigure figure : figures) {
            csv.append(figure.line()).append(',').append(figure.scope().name()).append(',')
                    .append(nullable(figure.urn())).append(',').append(nullable(figure.laestab())).append(',')
                    .append(nullable(figure.laCode())).append(',');
            quote(csv, figure.breakdown()).append(',');
            quote(csv, figure.measureCode()).append(',').append(figure.academicYear()).append(',')
                    .append(figure.releaseStage()).append(',');
            // Java 17 has no pattern switch; the three cases of the sealed PublishedValue are all handled here.
            if (figure.value() instanceof PublishedValue.Number number) {
                csv.append(number.value().toPlainString()).append(",,");
            } else if (figure.value() instanceof PublishedValue.Text text) {
                quote(csv.append(','), text.value()).append(',');
            } else if (figure.value() instanceof PublishedValue.NotAvailable unavailable) {
                quote(csv.append(",,"), unavailable.reason());
            }
            csv.append(',');
            quote(csv, figure.rawValue()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy figure_stage from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not stage figures: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String nullable(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static StringBuilder quote(StringBuilder csv, String text) {
        return csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
}
