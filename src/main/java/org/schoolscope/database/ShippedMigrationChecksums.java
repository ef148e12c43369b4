package org.schoolscope.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Three migrations were edited after they shipped (issue 13). Each is back as it first shipped, and its later change
 * is a migration of its own (V2026.12.03.3000, 3010 and 3020, written to change nothing where the edit already ran).
 * A database migrated while an edited file was in the tree recorded that file's checksum, and Flyway would refuse to
 * start on it. Before migrating, this records the shipped file's checksum in place of exactly those known earlier
 * checksums, for exactly those three versions, and logs each change. Any other mismatch still stops the service, as
 * it should: it means a migration was edited again.
 * <p>
 * Chosen over running Flyway's {@code repair} (which would accept any edit of any migration) and over
 * {@code ignoreMigrationPatterns} (which would stop checking these files at all): only the edits we know, whose
 * effect the later migrations reproduce, are accepted, and the service does it by itself, once, on its next start.
 */
@Component
class ShippedMigrationChecksums implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(ShippedMigrationChecksums.class);

    /** A shipped migration's checksum today, and the checksums its edited versions recorded. */
    record Edited(String version, int shipped, List<Integer> edited, String why) {
    }

    static final List<Edited> EDITED = List.of(
            new Edited("2026.11.23.1030", 707714730, List.of(2086575073, 349581154),
                    "figure: the benchmark breakdown and no per-row foreign keys, now in V2026.12.03.3000"),
            new Edited("2026.11.23.1400", -1872301194, List.of(1196755449),
                    "assessment_run: data_as_of and reproduces_run_id, now in V2026.12.03.3010"),
            new Edited("2026.11.29.1000", -68792722, List.of(-1390028719),
                    "notes and self-reports without a foreign key to the register, now in V2026.12.03.3020"));

    @Override
    public void migrate(Flyway flyway) {
        acceptKnownEdits(flyway.getConfiguration().getDataSource(), flyway.getConfiguration().getTable());
        flyway.migrate();
    }

    /** Records the shipped checksum where the history holds a known edited one; returns how many rows changed. */
    static int acceptKnownEdits(DataSource dataSource, String historyTable) {
        int changed = 0;
        try (Connection connection = dataSource.getConnection()) {
            if (!historyExists(connection, historyTable)) {
                return 0;
            }
            for (Edited migration : EDITED) {
                for (int edited : migration.edited()) {
                    try (PreparedStatement update = connection.prepareStatement("update " + quote(historyTable)
                            + " set checksum = ? where version = ? and checksum = ?")) {
                        update.setInt(1, migration.shipped());
                        update.setString(2, migration.version());
                        update.setInt(3, edited);
                        int rows = update.executeUpdate();
                        if (rows > 0) {
                            log.warn("Migration {} had been edited after it shipped ({}); the database's history"
                                    + " now records the shipped file, and the later migration repeats the edit's"
                                    + " change (a no-op here, where the edit already ran)", migration.version(),
                                    migration.why());
                        }
                        changed += rows;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the migration history: " + e.getMessage(), e);
        }
        return changed;
    }

    private static boolean historyExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, quote(table));
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
