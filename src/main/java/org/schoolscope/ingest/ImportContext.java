package org.schoolscope.ingest;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One import in progress: its batch, what the council asked for, the problems found so far, and the rows left out
 * at the council's request. Rows left out are written with the import as they are found, so a file that leaves
 * out a hundred thousand rows costs no memory for them; the first {@value #LISTED} are also kept for the report.
 */
public final class ImportContext {

    static final int LISTED = 50;
    private static final int WRITE_EVERY = 1000;

    private final ImportBatch batch;
    private final ImportOptions options;
    private final ImportProblems problems;
    private final JdbcTemplate jdbc;
    private final List<LeftOutRow> listed = new ArrayList<>();
    private final List<Object[]> pending = new ArrayList<>();
    private int leftOut;
    private boolean writesHeld;
    private final boolean careful;

    ImportContext(ImportBatch batch, ImportOptions options, ImportProblems problems, JdbcTemplate jdbc,
            boolean careful) {
        this.batch = batch;
        this.options = options;
        this.problems = problems;
        this.jdbc = jdbc;
        this.careful = careful;
    }

    /** Whether a quick path has already failed for this file (see {@link CarefulImportNeeded}): take the careful one. */
    public boolean careful() {
        return careful;
    }

    public ImportBatch batch() {
        return batch;
    }

    public ImportOptions options() {
        return options;
    }

    public ImportProblems problems() {
        return problems;
    }

    /** Leaves a row out, recording why; only for reasons the council asked to skip (see {@link ImportOptions}). */
    public void leaveOut(long line, String column, String code, String reason) {
        leftOut++;
        if (listed.size() < LISTED) {
            listed.add(new LeftOutRow(line, column, code, reason));
        }
        pending.add(new Object[] {batch.id(), line, column, code, reason});
        if (pending.size() >= WRITE_EVERY && !writesHeld) {
            flush();
        }
    }

    /**
     * Holds the writing of rows left out while the importer streams a COPY on the import's connection, which takes
     * no other statement until it ends; {@link #releaseWrites()} writes what waited.
     */
    public void holdWrites() {
        writesHeld = true;
    }

    public void releaseWrites() {
        writesHeld = false;
        if (pending.size() >= WRITE_EVERY) {
            flush();
        }
    }

    /** Whether enough rows left out are waiting that a COPY in progress should pause to let them be written. */
    public boolean writesWaiting() {
        return writesHeld && pending.size() >= WRITE_EVERY;
    }

    int rowsLeftOut() {
        return leftOut;
    }

    List<LeftOutRow> listed() {
        return List.copyOf(listed);
    }

    void flush() {
        if (!pending.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into import_row_left_out (import_id, line, column_name, code, reason)
                    values (?, ?, ?, ?, ?)""", pending);
            pending.clear();
        }
    }
}
