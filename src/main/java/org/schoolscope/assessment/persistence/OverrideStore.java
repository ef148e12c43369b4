package org.schoolscope.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.CategoryOverride;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores officers' overrides and their withdrawals, append-only, beside the computed results they never change. An
 * override holds for the council's later runs until it is withdrawn; whether the evidence it answered still stands
 * is the priority list's question.
 */
@Component
public class OverrideStore {

    private static final String COLUMNS = "o.id, o.run_id, o.urn, o.category, o.reason, o.made_by, o.made_at, "
            + "o.answered_category, o.answered_evidence";

    private final JdbcClient jdbc;

    OverrideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CategoryOverride add(long runId, Urn urn, String category, String reason, String madeBy, Instant madeAt,
            String answeredCategory, String answeredEvidence) {
        long id = jdbc.sql("""
                insert into assessment_override (run_id, urn, category, reason, made_by, made_at, answered_category,
                    answered_evidence)
                values (:run, :urn, :category, :reason, :by, :at, :answeredCategory, :answeredEvidence)
                returning id""")
                .param("run", runId).param("urn", urn.value()).param("category", category)
                .param("reason", reason).param("by", madeBy).param("at", Timestamp.from(madeAt))
                .param("answeredCategory", answeredCategory).param("answeredEvidence", answeredEvidence)
                .query(Long.class).single();
        return new CategoryOverride(id, runId, urn, category, reason, madeBy, madeAt, answeredCategory,
                answeredEvidence);
    }

    /**
     * Every override made in a run of a school the viewer may see, oldest first, so the last one per school is the
     * one made last in that run.
     */
    public List<CategoryOverride> forRun(long runId, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select " + COLUMNS + """
                 from assessment_override o
                where o.run_id = :run and\s""" + viewer.schools("o.urn") + " order by o.id")).param("run", runId)
                .query(OverrideStore::override).list();
    }

    /**
     * The override that stands for each school at a run, of the schools the viewer may see: the latest made in this
     * run or an earlier one of the same council, unless it has been withdrawn.
     */
    public Map<Urn, CategoryOverride> standingAt(long runId, ViewerScope viewer) {
        Map<Urn, CategoryOverride> standing = new LinkedHashMap<>();
        viewer.bind(jdbc.sql("select distinct on (o.urn) " + COLUMNS + """
                 from assessment_run this
                join assessment_run earlier on earlier.la_code is not distinct from this.la_code
                    and (earlier.run_at, earlier.id) <= (this.run_at, this.id)
                join assessment_override o on o.run_id = earlier.id
                where this.id = :run
                    and not exists (select 1 from assessment_override_withdrawal w where w.override_id = o.id)
                    and\s""" + viewer.schools("o.urn") + """

                order by o.urn, o.made_at desc, o.id desc"""))
                .param("run", runId).query(OverrideStore::override).list()
                .forEach(override -> standing.put(override.urn(), override));
        return standing;
    }

    public Optional<CategoryOverride> find(long overrideId, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select " + COLUMNS + " from assessment_override o where o.id = :id and "
                + viewer.schools("o.urn"))).param("id", overrideId).query(OverrideStore::override).optional();
    }

    public boolean withdrawn(long overrideId) {
        return jdbc.sql("select exists (select 1 from assessment_override_withdrawal where override_id = :id)")
                .param("id", overrideId).query(Boolean.class).single();
    }

    public void withdraw(long overrideId, String reason, String withdrawnBy, Instant withdrawnAt) {
        jdbc.sql("""
                insert into assessment_override_withdrawal (override_id, reason, withdrawn_by, withdrawn_at)
                values (:id, :reason, :by, :at)""")
                .param("id", overrideId).param("reason", reason).param("by", withdrawnBy)
                .param("at", Timestamp.from(withdrawnAt)).update();
    }

    private static CategoryOverride override(ResultSet row, int number) throws SQLException {
        return new CategoryOverride(row.getLong("id"), row.getLong("run_id"), new Urn(row.getInt("urn")),
                row.getString("category"), row.getString("reason"), row.getString("made_by"),
                row.getTimestamp("made_at").toInstant(), row.getString("answered_category"),
                row.getString("answered_evidence"));
    }
}
