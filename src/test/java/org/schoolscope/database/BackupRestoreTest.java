package org.schoolscope.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.NewSoftIntelligenceNote;
import org.schoolscope.assessment.NoteSensitivity;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SoftIntelligenceTopic;
import org.schoolscope.database.EmbeddedPostgres.Account;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.schoolscope.testing.SettableClock;

/**
 * Issue 13, backup and restore: the Birmingham sample with an assessment run, a soft-intelligence note and their
 * audit rows is backed up with the jar's {@code backup} command, restored with {@code restore} into a new, empty
 * database, and found the same there: every table's rows, and every audit row exactly (the audit log has no hash
 * chain to compare, so each row is compared column by column). A database that is not empty is refused unless
 * {@code --force}.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc // shares the context of the other sample tests
class BackupRestoreTest {

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    SoftIntelligence softIntelligence;

    /** What the test added to the shared sample database goes again, as the server's superuser. */
    @AfterEach
    void removeWhatTheTestAdded() {
        DatabaseCleaner.asSuperuser(jdbc, """
                set session_replication_role = replica;
                delete from soft_intelligence_note where recorded_by = 'backup.tester';
                delete from school_assessment where run_id in (select id from assessment_run
                    where run_by = 'backup.tester');
                delete from assessment_run where run_by = 'backup.tester';
                set session_replication_role = origin""");
    }

    @Test
    void shouldRestoreABackupIntoAnEmptyDatabaseWithEveryRowAndTheAuditLogIntact() throws Exception {
        runs.run(new LaCode(330), "backup.tester");
        softIntelligence.record(new Urn(103157), new NewSoftIntelligenceNote(SoftIntelligenceTopic.FINANCE,
                "A deficit budget", "Finance team", NoteSensitivity.SENSITIVE, clock.today(),
                clock.today().plusMonths(6), false), org.schoolscope.testing.TestUsers.officer("backup.tester"));
        EmbeddedPostgres server = DatabaseCleaner.server(jdbc);
        String source = DatabaseCleaner.database(jdbc);
        Path file = Files.createDirectories(Path.of("target", "backup-test")).resolve("schoolscope.backup")
                .toAbsolutePath();

        assertThat(command(server, source, "backup", file.toString())).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String empty = server.createDatabase();
        assertThat(command(server, empty, "restore", file.toString())).isZero();

        try (Connection before = server.connect(source, Account.OWNER);
                Connection after = server.connect(empty, Account.OWNER)) {
            Map<String, Long> counted = rowCounts(before);
            assertThat(counted.get("audit_event")).as("the sample context has audit rows").isPositive();
            assertThat(counted.get("figure")).as("and figures").isGreaterThan(1000);
            assertThat(rowCounts(after)).isEqualTo(counted);
            String everyAuditRow = "select id, occurred_at, actor, action, record_type, record_id, detail"
                    + " from audit_event order by id";
            assertThat(rows(after, everyAuditRow)).isEqualTo(rows(before, everyAuditRow));
            assertThat(rows(after, "select version, checksum from flyway_schema_history where version is not null"
                    + " order by installed_rank")).isEqualTo(rows(before, "select version, checksum from"
                            + " flyway_schema_history where version is not null order by installed_rank"));
        }
        try (Connection application = server.connect(empty, Account.APPLICATION);
                Statement statement = application.createStatement()) {
            // The application's grants and the append-only walls came back with the schema, and ids go on.
            statement.execute("insert into audit_event (occurred_at, actor, action, record_type, detail)"
                    + " values (now(), 'tester', 'test', 'test', 'after the restore')");
            assertThat(rows(application, "select count(*) from audit_event where id <= (select max(id) from"
                    + " audit_event where detail <> 'after the restore')")).isEqualTo(
                            rows(application, "select count(*) - 1 from audit_event"));
            assertThat(rows(application, "select has_table_privilege('audit_event', 'DELETE')"))
                    .containsExactly("f");
        }

        ByteArrayOutputStream refusal = new ByteArrayOutputStream();
        assertThat(command(server, empty, refusal, "restore", file.toString())).isOne();
        assertThat(refusal.toString(StandardCharsets.UTF_8)).contains("The database is not empty").contains("--force");
        assertThat(command(server, empty, new ByteArrayOutputStream(), "restore", file.toString(), "--force"))
                .isZero();
        Files.delete(file);
    }

    private static int command(EmbeddedPostgres server, String database, String... words) {
        return command(server, database, new ByteArrayOutputStream(), words);
    }

    /** Runs the jar's command as the README says, with the database named as a council's real server would be. */
    private static int command(EmbeddedPostgres server, String database, ByteArrayOutputStream err, String... words) {
        List<String> arguments = new ArrayList<>(List.of(words).subList(1, words.length));
        arguments.addAll(List.of("--spring.datasource.url=" + server.jdbcUrl(database),
                "--spring.datasource.username=" + server.username(Account.APPLICATION),
                "--spring.datasource.password=" + server.password(Account.APPLICATION),
                "--spring.flyway.user=" + server.username(Account.OWNER),
                "--spring.flyway.password=" + server.password(Account.OWNER)));
        return DatabaseCommands.run(words[0], arguments, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : DatabaseBackup.tables(connection)) {
            counts.put(table, Long.valueOf(rows(connection, "select count(*) from " + table).get(0)));
        }
        return counts;
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column == 1 ? "" : " | ").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
