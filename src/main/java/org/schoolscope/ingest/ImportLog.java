package org.schoolscope.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The imports on record, for other modules: the ingest module owns the import log and answers about it. */
@Service
public class ImportLog {

    /**
     * One imported file as the log records it.
     *
     * @param rowsRepeated values published twice in the file with the same value, stored once
     * @param rowsLeftOut rows left out at the council's request, each listed on the import's page
     * @param reimportOf for a file imported again on purpose, the import that first took in the same file
     */
    public record Entry(long id, String fileName, String fileKind, String academicYear, String releaseStage,
            LocalDate asAt, OffsetDateTime importedAt, String importedBy, int rowsRead, int rowsAdded,
            int rowsChanged, int rowsUnchanged, int rowsSkipped, int rowsRepeated, int rowsLeftOut, Long reimportOf) {
    }

    private final JdbcClient jdbc;

    public ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of every import on record, oldest first: the data anything read now can have come from. */
    public List<Long> ids() {
        return jdbc.sql("select id from import_batch order by id").query(Long.class).list();
    }

    /** How many files have been imported. */
    public long count() {
        return jdbc.sql("select count(*) from import_batch").query(Long.class).single();
    }

    /** The most recent imports, newest first. */
    public List<Entry> latest(int limit) {
        return jdbc.sql("select * from import_batch order by imported_at desc, id desc limit :limit")
                .param("limit", limit).query(ImportLog::entry).list();
    }

    /** One import, if the log holds it. */
    public Optional<Entry> find(long id) {
        return jdbc.sql("select * from import_batch where id = ?").param(id).query(ImportLog::entry).optional();
    }

    /** Every row the import left out, in the order of the file. */
    public List<LeftOutRow> rowsLeftOut(long importId) {
        return jdbc.sql("""
                select line, column_name, code, reason from import_row_left_out where import_id = ?
                order by line, code""").param(importId)
                .query((rs, n) -> new LeftOutRow(rs.getLong("line"), rs.getString("column_name"), rs.getString("code"),
                        rs.getString("reason")))
                .list();
    }

    private static Entry entry(ResultSet row, int number) throws SQLException {
        return new Entry(row.getLong("id"), row.getString("file_name"), row.getString("file_kind"),
                row.getString("academic_year"), row.getString("release_stage"),
                row.getObject("as_at", LocalDate.class), row.getObject("imported_at", OffsetDateTime.class),
                row.getString("imported_by"), row.getInt("rows_read"), row.getInt("rows_added"),
                row.getInt("rows_changed"), row.getInt("rows_unchanged"), row.getInt("rows_skipped"),
                row.getInt("rows_repeated"), row.getInt("rows_left_out"), row.getObject("reimport_of", Long.class));
    }
}
