package org.schoolscope.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Empties every table filled by imports, so each test class starts from a known state in the shared database. */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc) {
        String tables = jdbc.sql("""
                select string_agg(format('%I', tablename), ', ') from pg_tables
                where schemaname = current_schema() and tablename <> 'flyway_schema_history'""")
                .query(String.class).single();
        jdbc.sql("truncate " + tables + " restart identity cascade").update();
    }
}
