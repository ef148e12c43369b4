package org.schoolscope.assessment.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.shared.LaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The history the rulebook workbench shows: every rulebook version, and every run with its counts per category. */
@Component
public class WorkbenchQuery {

    private final JdbcClient jdbc;

    WorkbenchQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stored version, newest first. */
    public List<RulebookVersion> versions() {
        return jdbc.sql("select id, version, yaml, author, reason, created_at from rulebook_version "
                + "order by version desc").query((row, number) -> new RulebookVersion(row.getLong("id"),
                        row.getInt("version"), row.getString("yaml"), row.getString("author"),
                        row.getString("reason"), row.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * Every run, newest first, with how many of the schools the viewer may see it placed in each category (one
     * query for the counts).
     */
    public List<AssessmentRun> runs(ViewerScope viewer) {
        Map<Long, Map<String, Integer>> counts = new TreeMap<>();
        viewer.bind(jdbc.sql("select run_id, category, count(*) as schools from school_assessment a where "
                + viewer.schools("a.urn") + " group by run_id, category"))
                .query(row -> {
                    counts.computeIfAbsent(row.getLong("run_id"), id -> new TreeMap<>())
                            .put(row.getString("category"), row.getInt("schools"));
                });
        List<AssessmentRun> runs = new ArrayList<>();
        jdbc.sql("""
                select r.id, v.version, r.la_code, r.run_at, r.run_by, r.import_ids::text as import_ids, r.data_as_of,
                    r.reproduces_run_id
                from assessment_run r join rulebook_version v on v.id = r.rulebook_version_id
                order by r.run_at desc, r.id desc""").query(row -> {
                    int la = row.getInt("la_code");
                    LaCode laCode = row.wasNull() ? null : new LaCode(la);
                    long id = row.getLong("id");
                    runs.add(new AssessmentRun(id, row.getInt("version"), laCode,
                            row.getTimestamp("run_at").toInstant(), row.getString("run_by"),
                            longs(row.getString("import_ids")),
                            row.getObject("data_as_of", java.time.LocalDate.class),
                            row.getObject("reproduces_run_id", Long.class), counts.getOrDefault(id, Map.of())));
                });
        return runs;
    }

    /** Reads PostgreSQL's text form of an array, {1,2,3}. */
    private static List<Long> longs(String literal) {
        String inner = literal.substring(1, literal.length() - 1);
        return inner.isEmpty() ? List.of() : java.util.Arrays.stream(inner.split(",")).map(Long::valueOf).toList();
    }
}
