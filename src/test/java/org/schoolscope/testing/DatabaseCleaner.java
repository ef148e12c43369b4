package org.schoolscope.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties every table, so each test class starts from a known state in the shared database. Append-only tables
 * refuse TRUNCATE through a trigger; the tests' database user is a superuser, so it switches triggers off for the
 * one statement (replica mode) rather than each module listing its protected tables here.
 */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc) {
        String tables = jdbc.sql("""
                select string_agg(format('%I', tablename), ', ') from pg_tables
                where schemaname = current_schema() and tablename <> 'flyway_schema_history'""")
                .query(String.class).single();
        // One statement string, so the three run on one connection.
        jdbc.sql("set session_replication_role = replica; truncate " + tables
                + " restart identity cascade; set session_replication_role = origin").update();
    }
}
