package org.schoolscope.profile.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.schoolscope.profile.read.ImportBatchSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import log, newest first. */
@Repository
public class ImportLogQuery {

    private final JdbcClient jdbc;

    public ImportLogQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ImportBatchSummary> latest(int limit) {
        return jdbc.sql("select * from import_batch order by imported_at desc, id desc limit :limit")
                .param("limit", limit).query(ImportLogQuery::batch).list();
    }

    public Optional<ImportBatchSummary> find(long id) {
        return jdbc.sql("select * from import_batch where id = ?").param(id).query(ImportLogQuery::batch).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from import_batch").query(Long.class).single();
    }

    static ImportBatchSummary batch(ResultSet row, int number) throws SQLException {
        return new ImportBatchSummary(row.getLong("id"), row.getString("file_name"), row.getString("file_kind"),
                row.getString("academic_year"), row.getString("release_stage"), Rows.date(row, "as_at"),
                row.getObject("imported_at", OffsetDateTime.class), row.getString("imported_by"),
                row.getInt("rows_read"), row.getInt("rows_added"), row.getInt("rows_changed"),
                row.getInt("rows_unchanged"), row.getInt("rows_skipped"), row.getInt("rows_repeated"),
                row.getInt("rows_left_out"), row.getObject("reimport_of", Long.class));
    }
}
