package org.schoolscope.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.ingest.ImportLog;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.assessment.domain.Assessment;
import org.schoolscope.assessment.domain.SchoolAssessment;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores runs and their results, append-only, and reads a school's latest result back. */
@Component
public class AssessmentRunStore {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final ImportLog importLog;

    AssessmentRunStore(JdbcClient jdbc, JdbcTemplate template, ImportLog importLog) {
        this.jdbc = jdbc;
        this.template = template;
        this.importLog = importLog;
    }

    /** The import batches on record now: the data a run made now can have read. */
    public List<Long> importIds() {
        return importLog.ids();
    }

    /**
     * Stores the run and every school's result. The reasons of {@code confidentialRules} (the rules that read soft
     * intelligence) are kept apart from the published ones; see the migration that made that table.
     */
    public AssessmentRun save(RulebookVersion rulebook, LaCode laCode, Instant runAt, String runBy,
            DataSnapshot snapshot, Long reproducesRunId, Assessment assessment, Set<String> confidentialRules) {
        long runId = jdbc.sql("""
                insert into assessment_run (rulebook_version_id, la_code, run_at, run_by, import_ids, data_as_of,
                    reproduces_run_id, soft_facts_as_at)
                values (:rulebook, :la, :runAt, :runBy, cast(:imports as bigint[]), :asOf, :reproduces, :softAsAt)
                returning id""")
                .param("rulebook", rulebook.id()).param("la", laCode == null ? null : laCode.value())
                .param("runAt", Timestamp.from(runAt)).param("runBy", runBy)
                .param("imports", snapshot.importIdsLiteral()).param("asOf", snapshot.asOf())
                .param("reproduces", reproducesRunId)
                .param("softAsAt", snapshot.softFactsAsAt() == null ? null : Timestamp.from(snapshot.softFactsAsAt()))
                .query(Long.class).single();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> confidentialRows = new ArrayList<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        for (SchoolAssessment school : assessment.schools()) {
            StoredReasons.Split reasons = StoredReasons.split(school.firedRules(), school.uncheckedRules(),
                    confidentialRules);
            rows.add(new Object[] {runId, school.urn().value(), school.responsibleBody().name(), school.category(),
                    school.assessedCategory(), school.score(), reasons.firedJson(), reasons.uncheckedJson(),
                    reasons.otherInformation()});
            for (StoredReasons.Placed placed : reasons.confidential()) {
                confidentialRows.add(new Object[] {runId, school.urn().value(), placed.kind(), placed.position(),
                        placed.json()});
            }
            byCategory.merge(school.category(), 1, Integer::sum);
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            template.batchUpdate("""
                    insert into school_assessment (run_id, urn, responsible_body, category, assessed_category, score,
                        fired_rules, unchecked_rules, other_information)
                    values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)""",
                    rows.subList(from, Math.min(from + BATCH, rows.size())));
        }
        for (int from = 0; from < confidentialRows.size(); from += BATCH) {
            template.batchUpdate("""
                    insert into school_assessment_confidential_reason (run_id, urn, kind, position, reason)
                    values (?, ?, ?, ?, cast(? as jsonb))""",
                    confidentialRows.subList(from, Math.min(from + BATCH, confidentialRows.size())));
        }
        return new AssessmentRun(runId, rulebook.version(), laCode, runAt, runBy, snapshot.importIds(),
                snapshot.asOf(), reproducesRunId, byCategory);
    }

    /** The school's result in the most recent run that assessed it, if the viewer may see the school. */
    public Optional<SchoolResult> latestFor(Urn urn, ViewerScope viewer) {
        return viewer.bind(jdbc.sql(resultSql(viewer) + " where a.urn = :urn and " + viewer.schools("a.urn")
                + " order by r.run_at desc, r.id desc limit 1"))
                .param("urn", urn.value()).query(AssessmentRunStore::result).optional();
    }

    /** The results in one run of the schools the viewer may see, by URN. */
    public List<SchoolResult> results(long runId, ViewerScope viewer) {
        return viewer.bind(jdbc.sql(resultSql(viewer) + " where a.run_id = :run and " + viewer.schools("a.urn")
                + " order by a.urn")).param("run", runId).query(AssessmentRunStore::result).list();
    }

    /** The data a run read, to read it again: its batches, its day and the moment of its soft intelligence. */
    public Optional<DataSnapshot> snapshot(long runId) {
        return jdbc.sql("""
                select import_ids::text as import_ids, data_as_of, soft_facts_as_at from assessment_run
                where id = :run""").param("run", runId).query((row, number) -> {
                    Timestamp softAsAt = row.getTimestamp("soft_facts_as_at");
                    return new DataSnapshot(longs(row.getString("import_ids")),
                            row.getObject("data_as_of", LocalDate.class),
                            softAsAt == null ? null : softAsAt.toInstant());
                }).optional();
    }

    /** The run, with its schools per category counted over the schools the viewer may see. */
    public Optional<AssessmentRun> run(long runId, ViewerScope viewer) {
        Map<String, Integer> byCategory = new TreeMap<>();
        viewer.bind(jdbc.sql("select category, count(*) from school_assessment a where run_id = :run and "
                + viewer.schools("a.urn") + " group by category"))
                .param("run", runId).query(row -> {
                    byCategory.put(row.getString(1), row.getInt(2));
                });
        return jdbc.sql("""
                select r.id, v.version, r.la_code, r.run_at, r.run_by, r.import_ids::text as import_ids, r.data_as_of,
                    r.reproduces_run_id
                from assessment_run r join rulebook_version v on v.id = r.rulebook_version_id
                where r.id = :run""").param("run", runId).query((row, number) -> {
                    int la = row.getInt("la_code");
                    return new AssessmentRun(row.getLong("id"), row.getInt("version"),
                            row.wasNull() ? null : new LaCode(la), row.getTimestamp("run_at").toInstant(),
                            row.getString("run_by"), longs(row.getString("import_ids")),
                            row.getObject("data_as_of", LocalDate.class),
                            row.getObject("reproduces_run_id", Long.class), byCategory);
                }).optional();
    }

    /**
     * A school's result as the viewer may read it: the confidential reasons are selected only where the access
     * module's notes condition holds for the school, so for anyone else they never leave the database.
     */
    private static String resultSql(ViewerScope viewer) {
        return """
                select a.run_id, r.run_at, r.run_by, v.version, a.urn, a.responsible_body, a.category,
                    a.assessed_category, a.score, a.fired_rules::text as fired_rules,
                    a.unchecked_rules::text as unchecked_rules, a.other_information,
                    %1$s as notes_readable,
                    (select jsonb_agg(jsonb_build_object('position', c.position, 'reason', c.reason)
                                      order by c.position)::text
                     from school_assessment_confidential_reason c
                     where c.run_id = a.run_id and c.urn = a.urn and c.kind = 'FIRED' and %1$s) as confidential_fired,
                    (select jsonb_agg(jsonb_build_object('position', c.position, 'reason', c.reason)
                                      order by c.position)::text
                     from school_assessment_confidential_reason c
                     where c.run_id = a.run_id and c.urn = a.urn and c.kind = 'UNCHECKED' and %1$s)
                        as confidential_unchecked
                from school_assessment a
                join assessment_run r on r.id = a.run_id
                join rulebook_version v on v.id = r.rulebook_version_id""".formatted(viewer.notes("a.urn"));
    }

    private static SchoolResult result(ResultSet row, int number) throws SQLException {
        return new SchoolResult(row.getLong("run_id"), row.getTimestamp("run_at").toInstant(),
                row.getString("run_by"), row.getInt("version"), new Urn(row.getInt("urn")),
                ResponsibleBody.valueOf(row.getString("responsible_body")), row.getString("category"),
                row.getString("assessed_category"), row.getInt("score"),
                StoredReasons.reasons(row.getString("fired_rules"), row.getString("confidential_fired")),
                StoredReasons.unchecked(row.getString("unchecked_rules"), row.getString("confidential_unchecked")),
                row.getBoolean("other_information"), row.getBoolean("notes_readable"));
    }

    /** Reads PostgreSQL's text form of an array, {1,2,3}. */
    private static List<Long> longs(String literal) {
        String inner = literal.substring(1, literal.length() - 1);
        return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(Long::valueOf).toList();
    }
}
