package org.schoolscope.attendance.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows streamed into PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)} on the transaction's connection, a
 * megabyte at a time, so that writing a week of a city's marks holds one buffer rather than every row.
 */
final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;

    private final DataSource dataSource;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private long rows;

    CopyWriter(DataSource dataSource, String target) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + target + " from stdin (format csv)");
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw new IllegalStateException("Could not start copying into " + target + ": " + e.getMessage(), e);
        }
    }

    /** The buffer to append one row's fields to; end the row with {@link #endRow()}. */
    StringBuilder row() {
        return buffer;
    }

    void endRow() {
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    static void hex(StringBuilder into, byte[] bytes, int offset, int length) {
        into.append("\\x");
        for (int i = offset; i < offset + length; i++) {
            int value = bytes[i] & 0xff;
            into.append(Character.forDigit(value >> 4, 16)).append(Character.forDigit(value & 0xf, 16));
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy rows: " + e.getMessage(), e);
        }
        buffer.setLength(0);
    }

    @Override
    public void close() {
        try {
            flush();
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not finish copying rows: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
