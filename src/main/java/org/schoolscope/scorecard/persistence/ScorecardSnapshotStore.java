package org.schoolscope.scorecard.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.schoolscope.scorecard.ScorecardSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The kept monthly scorecards: added, never changed (the table is append-only). */
@Repository
public class ScorecardSnapshotStore {

    private static final String SELECT = "select id, la_code, year, month, catalogue_version, html, sha256, kept_by,"
            + " kept_at from scorecard_snapshot";

    private final JdbcClient jdbc;

    ScorecardSnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the snapshot; empty when one was already kept for the council, year and month. */
    public Optional<ScorecardSnapshot> add(ScorecardSnapshot snapshot) {
        return jdbc.sql("""
                insert into scorecard_snapshot (la_code, year, month, catalogue_version, html, sha256, kept_by, kept_at)
                values (:la, :year, :month, :version, :html, :sha, :by, :at)
                on conflict (la_code, year, month) do nothing returning id""").param("la", snapshot.laCode())
                .param("year", snapshot.year()).param("month", snapshot.month())
                .param("version", snapshot.catalogueVersion()).param("html", snapshot.html())
                .param("sha", snapshot.sha256()).param("by", snapshot.keptBy())
                .param("at", Timestamp.from(snapshot.keptAt())).query(Long.class).optional().flatMap(this::find);
    }

    public Optional<ScorecardSnapshot> forMonth(int laCode, String year, LocalDate month) {
        return jdbc.sql(SELECT + " where la_code = :la and year = :year and month = :month").param("la", laCode)
                .param("year", year).param("month", month).query(ScorecardSnapshotStore::row).optional();
    }

    public Optional<ScorecardSnapshot> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ScorecardSnapshotStore::row).optional();
    }

    /** The council's kept scorecards, newest month first. */
    public List<ScorecardSnapshot> forCouncil(int laCode) {
        return jdbc.sql(SELECT + " where la_code = :la order by month desc, year desc, id desc").param("la", laCode)
                .query(ScorecardSnapshotStore::row).list();
    }

    private static ScorecardSnapshot row(ResultSet rs, int n) throws SQLException {
        return new ScorecardSnapshot(rs.getLong("id"), rs.getInt("la_code"), rs.getString("year"),
                rs.getDate("month").toLocalDate(), rs.getInt("catalogue_version"), rs.getString("html"),
                rs.getString("sha256"), rs.getString("kept_by"), rs.getTimestamp("kept_at").toInstant());
    }
}
