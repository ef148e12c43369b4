package org.schoolscope.scorecard.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.schoolscope.scorecard.IndicatorEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Officers' indicator entries, append-only: the latest for a council, indicator and period stands. */
@Component
public class IndicatorEntryStore {

    private static final String SELECT = "select id, la_code, indicator_code, period, value, not_available_reason,"
            + " evidence, entered_by, entered_at, corrects_id from indicator_entry";

    private final JdbcClient jdbc;

    IndicatorEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an entry naming the one it corrects, the latest for the period when it is made; one writer for a
     * period at a time, so two corrections made together both name what they replace.
     */
    public IndicatorEntry add(int laCode, String indicatorCode, String period, BigDecimal value,
            String notAvailableReason, String evidence, String enteredBy, Instant enteredAt) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('indicator_entry'), hashtext(:key))")
                .param("key", laCode + "/" + indicatorCode + "/" + period).query(Object.class).list();
        Long corrects = latest(laCode, indicatorCode, period).map(IndicatorEntry::id).orElse(null);
        long id = jdbc.sql("""
                insert into indicator_entry (la_code, indicator_code, period, value, not_available_reason, evidence,
                    entered_by, entered_at, corrects_id)
                values (:la, :code, :period, :value, :reason, :evidence, :by, :at, :corrects) returning id""")
                .param("la", laCode).param("code", indicatorCode).param("period", period).param("value", value)
                .param("reason", notAvailableReason).param("evidence", evidence).param("by", enteredBy)
                .param("at", Timestamp.from(enteredAt)).param("corrects", corrects).query(Long.class).single();
        return new IndicatorEntry(id, laCode, indicatorCode, period, value, notAvailableReason, evidence, enteredBy,
                enteredAt, corrects);
    }

    /** Every entry of the council's for the indicator, newest first. */
    public List<IndicatorEntry> all(int laCode, String indicatorCode) {
        return jdbc.sql(SELECT + " where la_code = :la and indicator_code = :code order by entered_at desc, id desc")
                .param("la", laCode).param("code", indicatorCode).query(IndicatorEntryStore::entry).list();
    }

    /** The entry that stands for each of the council's indicators and periods. */
    public List<IndicatorEntry> standing(int laCode) {
        return jdbc.sql("""
                select distinct on (indicator_code, period) id, la_code, indicator_code, period, value,
                    not_available_reason, evidence, entered_by, entered_at, corrects_id
                from indicator_entry where la_code = :la
                order by indicator_code, period, entered_at desc, id desc""")
                .param("la", laCode).query(IndicatorEntryStore::entry).list();
    }

    private Optional<IndicatorEntry> latest(int laCode, String indicatorCode, String period) {
        return jdbc.sql(SELECT + " where la_code = :la and indicator_code = :code and period = :period"
                + " order by entered_at desc, id desc limit 1").param("la", laCode).param("code", indicatorCode)
                .param("period", period).query(IndicatorEntryStore::entry).optional();
    }

    private static IndicatorEntry entry(ResultSet row, int number) throws SQLException {
        return new IndicatorEntry(row.getLong("id"), row.getInt("la_code"), row.getString("indicator_code"),
                row.getString("period"), row.getBigDecimal("value"), row.getString("not_available_reason"),
                row.getString("evidence"), row.getString("entered_by"), row.getTimestamp("entered_at").toInstant(),
                row.getObject("corrects_id", Long.class));
    }
}
