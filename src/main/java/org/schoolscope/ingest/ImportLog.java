package org.schoolscope.ingest;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the import log shows beyond each import's counts: every row an import left out at the council's request. */
@Service
public class ImportLog {

    private final JdbcClient jdbc;

    public ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
