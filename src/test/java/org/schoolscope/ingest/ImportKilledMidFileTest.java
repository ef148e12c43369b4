package org.schoolscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.SchoolscopeApplication;
import org.schoolscope.database.EmbeddedPostgres;
import org.schoolscope.database.EmbeddedPostgres.Account;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, item 6: the import command's process killed in the middle of a file (here DfE's council-level LAIT file,
 * 641,070 rows, which takes seconds) leaves nothing of it: no import recorded, no figure, the next import of the
 * same file succeeds whole. The command runs in a JVM of its own against this test's database, as a council runs it
 * against its server, and is killed with SIGKILL once its transaction has written.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other plain SpringBootTest classes
class ImportKilledMidFileTest {

    private static final Path LAIT = Path.of("../shared/data/la-level/lait_bds_long.csv.gz");
    private static final String NAME = "schoolscope-import-to-kill";
    private static final String[] TABLES = {"figure", "figure_superseded", "measure", "import_row_left_out",
        "import_batch"};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Test
    void shouldLeaveNothingOfAFileWhoseImportWasKilledAndImportItWholeNextTime() throws Exception {
        assertThat(LAIT).as("the published LAIT file beside the project").exists();
        DatabaseCleaner.empty(jdbc, TABLES);
        EmbeddedPostgres server = DatabaseCleaner.server(jdbc);
        String database = server.jdbcUrl(DatabaseCleaner.database(jdbc));
        // Named, so that this test can see the killed command's connection and its transaction.
        String url = database + (database.contains("?") ? "&" : "?") + "ApplicationName=" + NAME;
        Path log = Files.createTempFile("schoolscope-killed-import", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), SchoolscopeApplication.class.getName(),
                "import", LAIT.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", url);
        builder.environment().put("SPRING_DATASOURCE_USERNAME", server.username(Account.APPLICATION));
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", server.password(Account.APPLICATION));
        builder.environment().put("SPRING_FLYWAY_USER", server.username(Account.OWNER));
        builder.environment().put("SPRING_FLYWAY_PASSWORD", server.password(Account.OWNER));
        Process importing = builder.start();
        try {
            waitFor(Duration.ofSeconds(120), () -> writing() || !importing.isAlive());
            assertThat(importing.isAlive()).as("the import was still running when killed; its log: %s",
                    Files.readString(log)).isTrue();
            importing.destroyForcibly().waitFor();
        } finally {
            importing.destroyForcibly();
        }
        // The server notices the lost connection and rolls its transaction back.
        waitFor(Duration.ofSeconds(60), () -> connected() == 0);

        assertThat(count("import_batch")).isZero();
        assertThat(count("figure")).isZero();
        assertThat(count("measure where code like 'lait.%'")).isZero();

        ImportReport again = imports.importFile(LAIT, "test", ImportProgress.SILENT);
        assertThat(again.outcome()).as(again.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(count("figure")).isEqualTo(again.counts().added()).isGreaterThan(600_000);
        Files.deleteIfExists(log);
        // Six hundred thousand figures would slow the next classes sharing this database.
        DatabaseCleaner.empty(jdbc, TABLES);
    }

    /** Whether the killed import's connection holds a transaction that has written. */
    private boolean writing() {
        return jdbc.sql("""
                select exists (select 1 from pg_stat_activity where application_name = ? and backend_xid is not null)""")
                .param(NAME).query(Boolean.class).single();
    }

    private long connected() {
        return jdbc.sql("select count(*) from pg_stat_activity where application_name = ?").param(NAME)
                .query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static void waitFor(Duration limit, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        // A monotonic timer, not the time of day: this only bounds the wait.
        long until = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - until > 0) {
                throw new AssertionError("Still waiting after " + limit);
            }
            Thread.sleep(20);
        }
    }
}
