package org.schoolscope.scorecard.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.schoolscope.scorecard.StatusOverride;
import org.schoolscope.scorecard.domain.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Officers' status overrides, append-only: the latest for a council, indicator and period stands. */
@Component
public class StatusOverrideStore {

    private static final String COLUMNS = "id, la_code, indicator_code, period, status, computed_status, reason,"
            + " set_by, set_at";

    private final JdbcClient jdbc;

    StatusOverrideStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StatusOverride add(int laCode, String indicatorCode, String period, Status status, Status computed,
            String reason, String setBy, Instant setAt) {
        long id = jdbc.sql("""
                insert into indicator_status_override (la_code, indicator_code, period, status, computed_status,
                    reason, set_by, set_at)
                values (:la, :code, :period, :status, :computed, :reason, :by, :at) returning id""")
                .param("la", laCode).param("code", indicatorCode).param("period", period)
                .param("status", status.name()).param("computed", computed.name()).param("reason", reason)
                .param("by", setBy).param("at", Timestamp.from(setAt)).query(Long.class).single();
        return new StatusOverride(id, laCode, indicatorCode, period, status, computed, reason, setBy, setAt);
    }

    /** Every override of the council's for the indicator, newest first. */
    public List<StatusOverride> all(int laCode, String indicatorCode) {
        return jdbc.sql("select " + COLUMNS + " from indicator_status_override where la_code = :la"
                + " and indicator_code = :code order by set_at desc, id desc").param("la", laCode)
                .param("code", indicatorCode).query(StatusOverrideStore::override).list();
    }

    /** The override that stands for each of the council's indicators and periods. */
    public List<StatusOverride> standing(int laCode) {
        return jdbc.sql("select distinct on (indicator_code, period) " + COLUMNS + """
                 from indicator_status_override where la_code = :la
                order by indicator_code, period, set_at desc, id desc""").param("la", laCode)
                .query(StatusOverrideStore::override).list();
    }

    private static StatusOverride override(ResultSet row, int number) throws SQLException {
        return new StatusOverride(row.getLong("id"), row.getInt("la_code"), row.getString("indicator_code"),
                row.getString("period"), Status.valueOf(row.getString("status")),
                Status.valueOf(row.getString("computed_status")), row.getString("reason"), row.getString("set_by"),
                row.getTimestamp("set_at").toInstant());
    }
}
