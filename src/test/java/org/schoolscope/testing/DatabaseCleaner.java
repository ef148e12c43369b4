package org.schoolscope.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.schoolscope.database.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties tables, so each test class starts from a known state in its context's database. The service's own
 * connection may not do it (the append-only tables refuse it TRUNCATE, and it cannot switch their triggers off), and
 * the tests must not weaken it, so the cleaner signs in to the same database as the embedded server's superuser and
 * switches triggers off for its one statement (replica mode) rather than each module listing its protected tables.
 */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    /** Empties every table but the migration history of the database the service's connection uses. */
    public static void clean(JdbcClient jdbc) {
        truncate(jdbc, jdbc.sql("""
                select tablename from pg_tables
                where schemaname = current_schema() and tablename <> 'flyway_schema_history'
                    and tablename not in ('retention_policy', 'governor_retention')""").query(String.class).list());
    }

    /** Empties the named tables, and those whose foreign keys reference them. */
    public static void empty(JdbcClient jdbc, String... tables) {
        truncate(jdbc, List.of(tables));
    }

    /** Runs a statement as the embedded server's superuser on the service's database (test set-up only). */
    public static void asSuperuser(JdbcClient jdbc, String sql) {
        try (Connection connection = superuser(jdbc); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    private static void truncate(JdbcClient jdbc, List<String> tables) {
        if (tables.isEmpty()) {
            return;
        }
        String names = String.join(", ", tables.stream().map(table -> "\"" + table + "\"").toList());
        // One statement string, so the three run on one connection.
        asSuperuser(jdbc, "set session_replication_role = replica; truncate " + names
                + " restart identity cascade; set session_replication_role = origin");
    }

    /** The superuser, signed in to the database (on the embedded server) that the service's connection uses. */
    public static Connection superuser(JdbcClient jdbc) throws SQLException {
        return connect(jdbc, EmbeddedPostgres.Account.SUPERUSER);
    }

    /** A new connection to the database the service's connection uses, signed in as one of the server's accounts. */
    public static Connection connect(JdbcClient jdbc, EmbeddedPostgres.Account account) throws SQLException {
        return server(jdbc).connect(database(jdbc), account);
    }

    /** The embedded server (started by this JVM) that the service's connection uses. */
    public static EmbeddedPostgres server(JdbcClient jdbc) {
        int port = jdbc.sql("select inet_server_port()").query(Integer.class).single();
        return EmbeddedPostgres.onPort(port).orElseThrow(() -> new IllegalStateException(
                "The test database is not on an embedded server this JVM started (port " + port + ")"));
    }

    public static String database(JdbcClient jdbc) {
        return jdbc.sql("select current_database()").query(String.class).single();
    }
}
