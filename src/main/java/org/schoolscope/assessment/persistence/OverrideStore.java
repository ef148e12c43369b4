package org.schoolscope.assessment.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.CategoryOverride;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores officers' overrides, append-only, beside the computed results they never change. */
@Component
public class OverrideStore {

    private final JdbcClient jdbc;

    OverrideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CategoryOverride add(long runId, Urn urn, String category, String reason, String madeBy, Instant madeAt) {
        long id = jdbc.sql("""
                insert into assessment_override (run_id, urn, category, reason, made_by, made_at)
                values (:run, :urn, :category, :reason, :by, :at) returning id""")
                .param("run", runId).param("urn", urn.value()).param("category", category)
                .param("reason", reason).param("by", madeBy).param("at", Timestamp.from(madeAt))
                .query(Long.class).single();
        return new CategoryOverride(id, runId, urn, category, reason, madeBy, madeAt);
    }

    /**
     * Every override made in a run of a school the viewer may see, oldest first, so the last one per school is the
     * one that stands.
     */
    public List<CategoryOverride> forRun(long runId, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("""
                select id, run_id, urn, category, reason, made_by, made_at from assessment_override o
                where run_id = :run and """ + viewer.schools("o.urn") + " order by id")).param("run", runId)
                .query(OverrideStore::override).list();
    }

    private static CategoryOverride override(ResultSet row, int number) throws SQLException {
        return new CategoryOverride(row.getLong("id"), row.getLong("run_id"), new Urn(row.getInt("urn")),
                row.getString("category"), row.getString("reason"), row.getString("made_by"),
                row.getTimestamp("made_at").toInstant());
    }
}
