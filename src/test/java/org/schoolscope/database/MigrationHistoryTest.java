package org.schoolscope.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.schoolscope.database.EmbeddedPostgres.Account;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, "migrations never change once shipped": every migration's checksum is pinned here, by hand, as it
 * shipped. A test fails when a shipped migration changes, and when a new one is not pinned (pin it when it ships:
 * the failure prints the line to add). A database migrated while three shipped files were edited still migrates,
 * to the same schema as a new database, and any other edit is still refused.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other plain SpringBootTest classes
class MigrationHistoryTest {

    /** Flyway's checksum of each migration as it shipped (CRC32 of its lines). */
    static final Map<String, Integer> SHIPPED = new TreeMap<>(Map.ofEntries(
            Map.entry("2026.11.23.1000", -87617433),
            Map.entry("2026.11.23.1010", 1887912518),
            Map.entry("2026.11.23.1020", -456006222),
            Map.entry("2026.11.23.1030", 707714730),
            Map.entry("2026.11.23.1200", 2009931562),
            Map.entry("2026.11.23.1400", -1872301194),
            Map.entry("2026.11.23.1500", -1130497902),
            Map.entry("2026.11.29.1000", -68792722),
            Map.entry("2026.11.29.1100", -1348218932),
            Map.entry("2026.11.29.1110", 1110742251),
            Map.entry("2026.11.29.1200", -855658825),
            Map.entry("2026.12.03.1000", -1317778913),
            Map.entry("2026.12.03.1010", -2089807222),
            Map.entry("2026.12.03.2000", 779441024),
            Map.entry("2026.12.03.2010", 1421001095),
            Map.entry("2026.12.03.3000", 1270383716),
            Map.entry("2026.12.03.3010", -1696377484),
            Map.entry("2026.12.03.3020", 1628779347),
            Map.entry("2026.12.03.3100", 1281029128),
            Map.entry("2026.12.03.3110", 256938322),
            Map.entry("2026.12.03.3120", -1260805),
            Map.entry("2026.12.04.1000", 1185809752),
            Map.entry("2026.12.04.1010", 238854222),
            Map.entry("2026.12.04.1020", -1324438833),
            Map.entry("2026.12.04.2000", -1985634968),
            Map.entry("2026.12.04.2010", -733619371),
            Map.entry("2026.12.05.1000", 437067471),
            Map.entry("2026.12.05.1100", 1308189857),
            Map.entry("2026.12.05.1110", 46642921),
            Map.entry("2026.12.05.1200", 1238297285),
            Map.entry("2026.12.05.1300", -1180294595),
            Map.entry("2026.12.06.1000", 1084753873),
            Map.entry("2026.12.06.1010", 2068239946),
            Map.entry("2026.12.07.1000", 2063459559),
            Map.entry("2026.12.07.1010", -659190484),
            Map.entry("2026.12.08.1000", 2099599844),
            Map.entry("2026.12.08.1010", 370544360),
            Map.entry("2026.12.09.1000", -1323742519),
            Map.entry("2026.12.09.1010", 1555496862),
            Map.entry("2026.12.10.1000", 1362987774),
            Map.entry("2026.12.10.1010", -1635267808),
            Map.entry("2026.12.10.1020", -1727371201),
            Map.entry("2026.12.10.1030", -1776784361),
            Map.entry("2026.12.10.1040", -1918015801),
            Map.entry("2026.12.10.3000", 1431129867),
            Map.entry("2026.12.10.4000", 1225497877),
            Map.entry("2026.12.11.2000", -454163759), Map.entry("2026.12.11.4000", -62712186),
            Map.entry("2026.12.11.5000", 2048869357)));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway serviceFlyway;

    @Test
    void shouldKeepEveryShippedMigrationAsItShipped() throws IOException {
        // The history of this test's new database records the checksum Flyway computed from each file.
        Map<String, Integer> applied = new TreeMap<>();
        jdbc.sql("select version, checksum from flyway_schema_history where version is not null")
                .query((row, number) -> applied.put(row.getString(1), row.getInt(2))).list();
        List<String> changed = new ArrayList<>();
        List<String> unpinned = new ArrayList<>();
        applied.forEach((version, checksum) -> {
            if (!SHIPPED.containsKey(version)) {
                unpinned.add("Map.entry(\"" + version + "\", " + checksum + "),");
            } else if (!SHIPPED.get(version).equals(checksum)) {
                changed.add(version + " (shipped " + SHIPPED.get(version) + ", now " + checksum + ")");
            }
        });
        assertThat(changed).as("shipped migrations that were edited: add a new migration instead").isEmpty();
        assertThat(unpinned).as("migrations not pinned yet: add these lines to SHIPPED when they ship").isEmpty();
        assertThat(applied.keySet()).as("every migration file ran").isEqualTo(versionsOfFiles());
    }

    @Test
    void shouldMigrateADatabaseMadeWhileShippedMigrationsWereEditedToTheSameSchema() throws Exception {
        EmbeddedPostgres server = DatabaseCleaner.server(jdbc);
        String database = server.createDatabase();
        DataSource owner = server.dataSource(database, Account.OWNER);
        Flyway.configure().dataSource(owner).locations("filesystem:" + migrationsAsEdited()).load().migrate();

        assertThat(ShippedMigrationChecksums.acceptKnownEdits(owner, "flyway_schema_history")).isEqualTo(3);
        service(owner).migrate();

        try (Connection upgraded = server.connect(database, Account.OWNER);
                Connection fresh = DatabaseCleaner.connect(jdbc, Account.OWNER)) {
            assertThat(schema(upgraded)).isEqualTo(schema(fresh));
        }
        // Run again, the repair finds nothing more to accept.
        assertThat(ShippedMigrationChecksums.acceptKnownEdits(owner, "flyway_schema_history")).isZero();
    }

    @Test
    void shouldBringADatabaseMigratedBeforeModulesThatLandedLaterUpToTheSameSchema() throws Exception {
        EmbeddedPostgres server = DatabaseCleaner.server(jdbc);
        String database = server.createDatabase();
        DataSource owner = server.dataSource(database, Account.OWNER);
        // The migrations as main stood when 2026.12.07.1000 shipped: the imports' re-import, attendance, returns and
        // casework landed after it, with lower versions.
        Path asShipped = migrationsFolder("as-shipped-2026-12-07", name -> name.compareTo("V2026.12.07.1010") < 0
                && !name.startsWith("V2026.12.03.10") && !name.startsWith("V2026.12.04.")
                && !name.startsWith("V2026.12.05."));
        asTheServiceRunsThem(owner).locations("filesystem:" + asShipped).load().migrate();

        asTheServiceRunsThem(owner).load().migrate();

        try (Connection upgraded = server.connect(database, Account.OWNER);
                Connection fresh = DatabaseCleaner.connect(jdbc, Account.OWNER)) {
            assertThat(schema(upgraded)).isEqualTo(schema(fresh));
        }
    }

    /** The service's own Flyway settings (its customizers included) pointed at another database. */
    private org.flywaydb.core.api.configuration.FluentConfiguration asTheServiceRunsThem(DataSource owner) {
        return Flyway.configure().configuration(serviceFlyway.getConfiguration()).dataSource(owner);
    }

    /** The service's migration files whose names pass the filter, copied to a folder of their own. */
    private static Path migrationsFolder(String name, java.util.function.Predicate<String> filter) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", name).toAbsolutePath());
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            if (filter.test(resource.getFilename())) {
                Files.write(folder.resolve(resource.getFilename()), resource.getContentAsByteArray());
            }
        }
        return folder;
    }

    @Test
    void shouldStillRefuseAShippedMigrationEditedAnyOtherWay() throws Exception {
        EmbeddedPostgres server = DatabaseCleaner.server(jdbc);
        String database = server.createDatabase();
        DataSource owner = server.dataSource(database, Account.OWNER);
        service(owner).migrate();
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("update flyway_schema_history set checksum = 12345 where version = '2026.11.23.1030'");
        }
        assertThat(ShippedMigrationChecksums.acceptKnownEdits(owner, "flyway_schema_history")).isZero();
        assertThatThrownBy(() -> service(owner).migrate()).isInstanceOf(FlywayException.class)
                .hasMessageContaining("checksum mismatch");
    }

    /** The service's migrations, as the service runs them: as the owner, granting to the application's role. */
    private static Flyway service(DataSource owner) {
        return Flyway.configure().dataSource(owner).locations("classpath:db/migration")
                .placeholders(Map.of(SeparateDatabaseRoles.PLACEHOLDER, EmbeddedCredentials.APPLICATION)).load();
    }

    /** The migrations up to issue 13 as they stood in the tree with the three edited files, in a folder. */
    private static Path migrationsAsEdited() throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "edited-migrations").toAbsolutePath());
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            String name = resource.getFilename();
            if (name.compareTo("V2026.12") < 0) {
                Files.write(folder.resolve(name), resource.getContentAsByteArray());
            }
        }
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/edited-before-issue-13/*.sql")) {
            Files.write(folder.resolve(resource.getFilename()), resource.getContentAsByteArray());
        }
        return folder;
    }

    private static TreeSet<String> versionsOfFiles() throws IOException {
        TreeSet<String> versions = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*.sql")) {
            String name = resource.getFilename();
            versions.add(name.substring(1, name.indexOf("__")).replace('_', '.'));
        }
        return versions;
    }

    /** Tables with their columns, constraints, indexes, triggers and grants, ignoring column order and names of nothing. */
    private static List<String> schema(Connection connection) throws SQLException {
        List<String> facts = new ArrayList<>();
        for (String query : List.of("""
                select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '
                    || coalesce(column_default, '') from information_schema.columns where table_schema = 'public'""",
                """
                select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
                where connamespace = 'public'::regnamespace""",
                "select indexdef from pg_indexes where schemaname = 'public'",
                """
                select tgrelid::regclass || ' ' || tgname || ' ' || tgfoid::regproc from pg_trigger
                where not tgisinternal""",
                """
                select table_name || ' ' || grantee || ' ' || privilege_type from information_schema.table_privileges
                where table_schema = 'public'""")) {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    facts.add(rows.getString(1));
                }
            }
        }
        facts.sort(null);
        return facts;
    }
}
