package org.schoolscope.performance;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.schoolscope.ingest.PublishedValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A file's figures on their way in: each checked figure is streamed by COPY into a temporary table of the import's
 * transaction as its row is read, in blocks of 64 KB, so the Java side holds one block whatever the file's size.
 * The checks that need the whole file, and the merge into the figure table, then run over this table in SQL.
 */
final class FigureStage implements AutoCloseable {

    private static final int BLOCK = 1 << 16;

    private final DataSource dataSource;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder block = new StringBuilder(BLOCK + 1024);
    private long figures;

    FigureStage(JdbcClient jdbc, DataSource dataSource) {
        this.dataSource = dataSource;
        jdbc.sql("""
                create temporary table figure_stage (line bigint, rule smallint, scope text, urn integer,
                    laestab integer, la_code integer, breakdown text, measure_code text, academic_year text,
                    release_stage text, value numeric, text_value text, unavailable text, raw_value text)
                on commit drop""").update();
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy figure_stage (line, rule, scope, urn, laestab, la_code, breakdown, measure_code,
                        academic_year, release_stage, value, text_value, unavailable, raw_value) from stdin""");
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("Could not start copying figures: " + e.getMessage(), e);
        }
    }

    void add(long line, int rule, FigureLayout.Scope scope, Integer urn, Integer laestab, Integer laCode,
            String breakdown, String measureCode, String academicYear, String releaseStage, PublishedValue value,
            String raw) {
        block.append(line).append('\t').append(rule).append('\t').append(scope.name()).append('\t');
        nullable(urn).append('\t');
        nullable(laestab).append('\t');
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
        escaped(raw).append('\n');
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
            throw new IllegalStateException("Could not copy figures: " + e.getMessage(), e);
        }
    }

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
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy figures: " + e.getMessage(), e);
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
