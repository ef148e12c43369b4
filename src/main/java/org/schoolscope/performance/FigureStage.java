package org.schoolscope.performance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.schoolscope.ingest.CarefulImportNeeded;
import org.schoolscope.ingest.ImportContext;
import org.schoolscope.ingest.PublishedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A file's figures on their way in: each checked figure is streamed by COPY as its row is read, in blocks of 64 KB,
 * so the Java side holds one block whatever the file's size. Staged, they go into a temporary table of the import's
 * transaction, where the checks that need the whole file and the merge into the figure table run in SQL; straight,
 * when nothing stored can match them, they go into the figure table itself, whose unique index refuses a figure
 * published twice (the import is then done again, staged, to name both lines).
 */
final class FigureStage implements AutoCloseable {

    private static final int BLOCK = 1 << 16;
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final ImportContext context;
    private final Connection connection;
    private final String copyCommand;
    private final String batchColumns;
    private CopyIn copy;
    private final StringBuilder block = new StringBuilder(BLOCK + 1024);
    private long figures;

    /** Figures for the staging table, where they are checked and merged. */
    static FigureStage staged(JdbcClient jdbc, DataSource dataSource, ImportContext context) {
        jdbc.sql("""
                create temporary table figure_stage (line bigint, scope text, urn integer, la_code integer,
                    breakdown text, measure_code text, academic_year text, release_stage text, value numeric,
                    text_value text, unavailable text, raw_value text)
                on commit drop""").update();
        return new FigureStage(dataSource, context, """
                copy figure_stage (line, scope, urn, la_code, breakdown, measure_code, academic_year, release_stage,
                    value, text_value, unavailable, raw_value) from stdin""", null);
    }

    /** Figures straight into the figure table, for a file none of whose figures can match one already stored. */
    static FigureStage straight(DataSource dataSource, ImportContext context) {
        StringBuilder batch = new StringBuilder("\t").append(context.batch().id()).append('\t');
        escaped(batch, context.batch().fileName());
        return new FigureStage(dataSource, context, """
                copy figure (scope, urn, la_code, breakdown, measure_code, academic_year, release_stage, value,
                    text_value, unavailable, raw_value, import_id, source_file) from stdin""", batch.toString());
    }

    private FigureStage(DataSource dataSource, ImportContext context, String copyCommand, String batchColumns) {
        this.dataSource = dataSource;
        this.context = context;
        this.copyCommand = copyCommand;
        this.batchColumns = batchColumns;
        this.connection = DataSourceUtils.getConnection(dataSource);
        context.holdWrites();
        try {
            this.copy = startCopy();
        } catch (SQLException e) {
            context.releaseWrites();
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("Could not start copying figures: " + e.getMessage(), e);
        }
    }

    private CopyIn startCopy() throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyCommand);
    }

    void add(long line, FigureLayout.Scope scope, Integer urn, Integer laCode, String breakdown, String measureCode,
            String academicYear, String releaseStage, PublishedValue value, String raw) {
        if (batchColumns == null) {
            block.append(line).append('\t');
        }
        block.append(scope.name()).append('\t');
        nullable(urn).append('\t');
        nullable(laCode).append('\t');
        escaped(breakdown).append('\t');
        escaped(measureCode).append('\t').append(academicYear).append('\t').append(releaseStage).append('\t');
        // Java 17 has no pattern switch; the three cases of the sealed PublishedValue are all handled here.
        if (value instanceof PublishedValue.Number number) {
            block.append(number.value().toPlainString()).append("\t\\N\t\\N\t");
        } else if (value instanceof PublishedValue.Text text) {
            escaped(block.append("\\N\t"), text.value()).append("\t\\N\t");
        } else if (value instanceof PublishedValue.NotAvailable unavailable) {
            escaped(block.append("\\N\t\\N\t"), unavailable.reason()).append('\t');
        }
        escaped(raw);
        if (batchColumns != null) {
            block.append(batchColumns);
        }
        block.append('\n');
        figures++;
        if (block.length() >= BLOCK) {
            send();
        }
    }

    long figures() {
        return figures;
    }

    /** Ends the COPY: every figure added is in the table. */
    void finish() {
        try {
            send();
            copy.endCopy();
        } catch (SQLException e) {
            throw failure(e);
        }
        context.releaseWrites();
    }

    private RuntimeException failure(SQLException e) {
        if (batchColumns != null && UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return new CarefulImportNeeded("a figure is published twice in the file", e);
        }
        return new IllegalStateException("Could not copy figures: " + e.getMessage(), e);
    }

    /** Ends an unfinished COPY: the file is being refused, so the rows left out that waited are not written. */
    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is being undone anyway
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void send() {
        if (block.length() == 0) {
            return;
        }
        byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            if (context.writesWaiting()) {
                // The connection takes no other statement during a COPY: end it, let the rows left out be written,
                // and go on in a new one, so they never pile up in memory.
                copy.endCopy();
                context.releaseWrites();
                context.holdWrites();
                copy = startCopy();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        block.setLength(0);
    }

    private StringBuilder nullable(Integer value) {
        return value == null ? block.append("\\N") : block.append(value.intValue());
    }

    private StringBuilder escaped(String text) {
        return escaped(block, text);
    }

    /** COPY's text format: backslash, tab and line breaks are written as escapes. */
    private static StringBuilder escaped(StringBuilder to, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> to.append("\\\\");
                case '\t' -> to.append("\\t");
                case '\n' -> to.append("\\n");
                case '\r' -> to.append("\\r");
                default -> to.append(c);
            }
        }
        return to;
    }
}
