package org.schoolscope.performance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.schoolscope.ingest.ImportBatch;
import org.schoolscope.ingest.ImportContext;
import org.schoolscope.ingest.WriteCounts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a file's figures in its import transaction. Each row's school is checked against the register as the row
 * is read ({@link RegisterIndex}) and its figures are streamed into a staging table ({@link FigureStage}); then SQL
 * stores them: a new year, stage or measure is inserted whole, and otherwise figures already stored with the same
 * value are set aside, those whose value differs updated (the replaced version kept in figure_superseded), and the
 * rest inserted. A figure published twice in the file
 * with two different values refuses it, naming both lines; twice with the same value, it is stored once and counted.
 * Plain statements rather than INSERT ... ON CONFLICT: measured three times faster on a national file.
 */
@Component
class FigureWriter {

    private static final String SAME_FIGURE = """
            f.scope = s.scope and coalesce(f.urn, 0) = coalesce(s.urn, 0) and coalesce(f.la_code, 0) = coalesce(s.la_code, 0)
            and f.breakdown = s.breakdown and f.measure_code = s.measure_code and f.academic_year = s.academic_year
            and f.release_stage = s.release_stage""";
    private static final String SAME_IDENTITY = SAME_FIGURE.replace("f.", "r.");
    private static final int CONFLICTS_NAMED = 50;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    FigureWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** The schools the register holds now, to check each school row against as it is read. */
    RegisterIndex register(FigureLayout layout) {
        return RegisterIndex.read(jdbc, layout.rows().stream().anyMatch(rule -> rule.laestabColumn() != null));
    }

    /** A staging table for one file's figures, streamed in as its rows are read. */
    FigureStage stage(ImportContext context) {
        return FigureStage.staged(jdbc, dataSource, context);
    }

    /**
     * Copies a file's figures straight into the figure table, the quick path a file of new figures takes (a new
     * year, stage or measure, or a first import). The table's unique index refuses any figure already stored and any
     * published twice in the file; either makes the import start again, carefully, through the staging table, where
     * it is merged or named ({@link org.schoolscope.ingest.CarefulImportNeeded}). Without such a figure every one is
     * new, so this stores exactly what the merge would.
     */
    FigureStage straight(FigureLayout layout, ImportContext context) {
        return straight(layout.measures(), context);
    }

    /** As {@link #straight(FigureLayout, ImportContext)}, for a file whose measures are named in its rows (LAIT). */
    FigureStage straight(List<FigureLayout.MeasureColumn> measures, ImportContext context) {
        recordMeasuresAndLock(measures);
        return FigureStage.straight(dataSource, context);
    }

    /**
     * Stores the staged figures of a file in which no problem was found while reading. Returns null if the same
     * figure was published twice with different values: the problem is recorded and nothing is stored.
     *
     * @param measureColumns each measure's published column, by code, to name it in a problem
     * @param releases each (measure code, academic year, release stage) the file publishes
     */
    WriteCounts store(FigureLayout layout, Map<String, String> measureColumns, Set<List<String>> releases,
            ImportContext context) {
        return store(layout.measures(), measureColumns, releases, context);
    }

    /** As {@link #store(FigureLayout, Map, Set, ImportContext)}, for a file whose measures are named in its rows. */
    WriteCounts store(List<FigureLayout.MeasureColumn> measures, Map<String, String> measureColumns,
            Set<List<String>> releases, ImportContext context) {
        ImportBatch batch = context.batch();
        recordMeasuresAndLock(measures);
        if (!overlapsStoredFigures(releases)) {
            // A new year, stage or measure: nothing stored can match, so the figures are inserted whole. A figure
            // published twice would break the unique index; only then are the copies compared, so a file without
            // repeats (every one seen so far) costs no extra pass.
            jdbc.sql("savepoint figure_insert").update();
            try {
                int added = insertNew(batch, false);
                jdbc.sql("release savepoint figure_insert").update();
                return new WriteCounts(added, 0, 0, 0);
            } catch (DuplicateKeyException e) {
                jdbc.sql("rollback to savepoint figure_insert").update();
            }
            int repeated = setAsideRepeats(measureColumns, context);
            return repeated < 0 ? null : new WriteCounts(insertNew(batch, false), 0, 0, 0, repeated);
        }
        int repeated = setAsideRepeats(measureColumns, context);
        if (repeated < 0) {
            return null;
        }
        jdbc.sql("analyze figure_stage").update();
        int unchanged = jdbc.sql("""
                with unchanged as (delete from figure_stage s using figure f where %s
                    and (f.value, f.text_value, f.unavailable) is not distinct from (s.value, s.text_value, s.unavailable)
                    returning 1)
                select count(*) from unchanged""".formatted(SAME_FIGURE)).query(Integer.class).single();
        // The value a correction replaces is kept, with the import that made it: a run reproduced within its own
        // imports reads it again (issue 11, item 6).
        jdbc.sql("""
                insert into figure_superseded (figure_id, scope, urn, la_code, breakdown, measure_code, academic_year,
                    release_stage, value, text_value, unavailable, raw_value, import_id, source_file,
                    superseded_by_import_id)
                select f.id, f.scope, f.urn, f.la_code, f.breakdown, f.measure_code, f.academic_year, f.release_stage,
                    f.value, f.text_value, f.unavailable, f.raw_value, f.import_id, f.source_file, ?
                from figure f join figure_stage s on %s""".formatted(SAME_FIGURE)).param(batch.id()).update();
        int changed = jdbc.sql("""
                update figure f set value = s.value, text_value = s.text_value, unavailable = s.unavailable,
                    raw_value = s.raw_value, import_id = ?, source_file = ?
                from figure_stage s where %s""".formatted(SAME_FIGURE))
                .params(batch.id(), batch.fileName()).update();
        return new WriteCounts(insertNew(batch, true), changed, unchanged, 0, repeated);
    }

    private void recordMeasuresAndLock(List<FigureLayout.MeasureColumn> measures) {
        for (FigureLayout.MeasureColumn measure : measures) {
            jdbc.sql("""
                    insert into measure (code, label, unit, higher_is_better, topic) values (?, ?, ?, ?, ?)
                    on conflict (code) do update set label = excluded.label, unit = excluded.unit,
                        higher_is_better = excluded.higher_is_better, topic = excluded.topic""")
                    .params(measure.code(), measure.label(), measure.unit().name(), measure.higherIsBetter(),
                            measure.topic())
                    .update();
        }
        // One figure import at a time: the merge decides "new or changed" by looking, not by ON CONFLICT.
        jdbc.sql("lock table figure in share row exclusive mode").update();
    }

    /** Whether any stored figure has one of these measures, years and release stages. */
    private boolean overlapsStoredFigures(Set<List<String>> releases) {
        if (releases.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                select exists (select 1 from figure f
                    join unnest(?::text[], ?::text[], ?::text[]) as k(measure_code, academic_year, release_stage)
                    using (measure_code, academic_year, release_stage))""")
                .params(releases.stream().map(k -> k.get(0)).toArray(String[]::new),
                        releases.stream().map(k -> k.get(1)).toArray(String[]::new),
                        releases.stream().map(k -> k.get(2)).toArray(String[]::new))
                .query(Boolean.class).single();
    }

    /**
     * Finds figures published more than once in the file. When the copies agree, all but the first are set aside
     * and counted; when they differ no one can tell which is true, so the file is refused, naming both lines.
     * Returns how many copies were set aside, or -1 when the file is refused.
     */
    private int setAsideRepeats(Map<String, String> measureColumns, ImportContext context) {
        jdbc.sql("""
                create temporary table figure_repeat on commit drop as
                select scope, urn, la_code, breakdown, measure_code, academic_year, release_stage, count(*) as copies,
                    min(line) as first_line,
                    count(distinct value) > 1 or count(distinct text_value) > 1 or count(distinct unavailable) > 1
                        or count(value) not in (0, count(*)) or count(text_value) not in (0, count(*))
                        or count(unavailable) not in (0, count(*)) as conflicting
                from figure_stage
                group by scope, urn, la_code, breakdown, measure_code, academic_year, release_stage
                having count(*) > 1""").update();
        if (jdbc.sql("select exists (select 1 from figure_repeat where conflicting)").query(Boolean.class).single()) {
            jdbc.sql("""
                    select r.scope, r.urn, r.la_code, r.measure_code, r.academic_year, r.first_line,
                        f.raw_value as first_raw, other.line, other.raw_value
                    from (select * from figure_repeat where conflicting order by first_line limit ?) r
                    join figure_stage f on f.line = r.first_line and f.measure_code = r.measure_code
                    join lateral (select s.line, s.raw_value from figure_stage s where %s
                        and (s.value, s.text_value, s.unavailable) is distinct from (f.value, f.text_value, f.unavailable)
                        order by s.line limit 1) other on true
                    order by r.first_line""".formatted(SAME_IDENTITY))
                    .param(CONFLICTS_NAMED).query(rs -> {
                        String who = switch (rs.getString("scope")) {
                            case "SCHOOL" -> "URN " + rs.getInt("urn");
                            case "LOCAL_AUTHORITY" -> "Local authority " + rs.getInt("la_code");
                            case "REGION" -> "Region " + rs.getInt("la_code");
                            default -> "England";
                        };
                        context.problems().add(rs.getLong("line"), measureColumns.get(rs.getString("measure_code")),
                                "CONFLICTING_DUPLICATE", who + " has two different values for "
                                        + rs.getString("academic_year") + ": '" + rs.getString("first_raw")
                                        + "' on line " + rs.getLong("first_line") + " and '"
                                        + rs.getString("raw_value") + "' on line " + rs.getLong("line")
                                        + "; which is true cannot be told, so neither is stored");
                    });
            return -1;
        }
        int repeated = jdbc.sql("select coalesce(sum(copies - 1), 0) from figure_repeat").query(Integer.class).single();
        if (repeated > 0) {
            jdbc.sql("delete from figure_stage s using figure_repeat r where " + SAME_IDENTITY
                    + " and s.line > r.first_line").update();
        }
        return repeated;
    }

    private int insertNew(ImportBatch batch, boolean skipExisting) {
        return jdbc.sql("""
                insert into figure (scope, urn, la_code, breakdown, measure_code, academic_year, release_stage,
                    value, text_value, unavailable, raw_value, import_id, source_file)
                select scope, urn, la_code, breakdown, measure_code, academic_year, release_stage,
                    value, text_value, unavailable, raw_value, ?, ?
                from figure_stage s""" + (skipExisting ? " where not exists (select 1 from figure f where "
                + SAME_FIGURE + ")" : ""))
                .params(batch.id(), batch.fileName()).update();
    }
}
