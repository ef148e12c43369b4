package org.schoolscope.database;

import java.time.Period;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How long each kind of record is kept, as the council declared it in the database: the one reading of
 * {@code retention_policy}, which the database module owns, for modules that tell people when a record will go.
 */
@Component
public class RetentionPeriods {

    private final JdbcClient jdbc;

    RetentionPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period declared for a record type (as the audit log names it), or empty when none is declared. */
    public Optional<Period> keptFor(String recordType) {
        return jdbc.sql("""
                select date_part('year', kept_for)::int, date_part('month', kept_for)::int,
                    date_part('day', kept_for)::int
                from retention_policy where record_type = ?""").param(recordType)
                .query((row, number) -> Period.of(row.getInt(1), row.getInt(2), row.getInt(3))).optional();
    }
}
