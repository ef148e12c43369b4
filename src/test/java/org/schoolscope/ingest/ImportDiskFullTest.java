package org.schoolscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13, item 6: the disk fills while a file is imported. The figure table is moved onto a 16 MB file system of
 * its own, which DfE's council-level file (640,000 figures) overflows part-way, so PostgreSQL itself answers "No space
 * left on device". The import is refused in plain words, nothing of it is kept, the figures imported before are
 * intact, and once there is room the same file imports whole.
 *
 * <p>Mounting the small file system needs the right to mount (root in a container, as on the development and CI
 * machines); where that is refused the test is skipped, saying why.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other plain SpringBootTest classes
class ImportDiskFullTest {

    private static final Path LAIT = Path.of("../shared/data/la-level/lait_bds_long.csv.gz");
    private static final Path NEET = Path.of("../shared/data/la-level/nccis_UD_NEETNK_LA_dashboard_2023_final.csv");
    private static final String[] TABLES = {"figure", "figure_superseded", "measure", "import_row_left_out",
        "import_batch"};

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Test
    void shouldRefuseAFileTheDiskCannotHoldKeepingWhatWasThereAndImportItOnceThereIsRoom() throws Exception {
        assertThat(LAIT).as("the published LAIT file beside the project").exists();
        DatabaseCleaner.empty(jdbc, TABLES);
        ImportReport before = imports.importFile(NEET, "test", ImportProgress.SILENT);
        assertThat(before.outcome()).as(before.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        long figuresBefore = count("figure");
        assertThat(figuresBefore).isPositive();

        Path small = Files.createTempDirectory("schoolscope-small-disk");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=16m,mode=0700,uid=" + serverUid() + ",gid="
                + serverUid(), "tmpfs", small.toString()) == 0, "mounting a small file system is not permitted here");
        try {
            DatabaseCleaner.asSuperuser(jdbc, "create tablespace small_disk location '" + small + "'");
            DatabaseCleaner.asSuperuser(jdbc, "alter table figure set tablespace small_disk");

            ImportReport full = imports.importFile(LAIT, "test", ImportProgress.SILENT);

            assertThat(full.outcome()).as(full.summary()).isEqualTo(ImportReport.Outcome.REJECTED);
            assertThat(full.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.file()).as("named as every problem names the file").isEqualTo("lait_bds_long.csv");
                assertThat(problem.message()).startsWith("The database ran out of disk space while storing this file")
                        .contains("none of it was imported").doesNotContain("53100", "SQL", "tablespace");
            });
            assertThat(count("figure")).as("the figures imported before").isEqualTo(figuresBefore);
            assertThat(count("import_batch")).as("only the earlier import is on record").isOne();
            assertThat(count("measure where code like 'lait.%'")).isZero();
        } finally {
            DatabaseCleaner.asSuperuser(jdbc, "alter table figure set tablespace pg_default");
            DatabaseCleaner.asSuperuser(jdbc, "drop tablespace if exists small_disk");
            run("umount", small.toString());
            Files.deleteIfExists(small);
        }

        ImportReport again = imports.importFile(LAIT, "test", ImportProgress.SILENT);
        assertThat(again.outcome()).as(again.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(count("figure")).isEqualTo(figuresBefore + again.counts().added()).isGreaterThan(600_000);
        // Six hundred thousand figures would slow the next classes sharing this database.
        DatabaseCleaner.empty(jdbc, TABLES);
    }

    /** The operating-system user the embedded server runs as, who owns its data folder: it must own the new one. */
    private long serverUid() throws IOException {
        return ((Number) Files.getAttribute(DatabaseCleaner.server(jdbc).dataDirectory(), "unix:uid")).longValue();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
