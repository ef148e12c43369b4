package org.schoolscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
class ImportCommandTest {

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void emptyDatabase() {
        DatabaseCleaner.clean(jdbc);
    }

    private int run(String... arguments) {
        return command.run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path copySample(String name) throws IOException {
        return Files.write(folder.resolve(name), SampleFiles.bytes(name));
    }

    @Test
    void shouldImportAFolderRegisterFirstSkippingFilesThatAreNotALayoutAndSummarise() throws IOException {
        copySample("2018-2019_330_abs_birmingham.csv");
        copySample("2018-2019_330_census_birmingham.csv");
        copySample("england_spine_2017-2018_la330_birmingham.csv");
        copySample("england_ofsted-schools_31_July_2018_birmingham.csv");
        copySample("ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv");
        Files.writeString(folder.resolve("2018-2019_field_notes.csv"), "Column,Field Name,Description\n1,URN,x\n");

        int status = run(folder.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed)
                .contains("skipped: not a layout Schoolscope knows")
                .contains("6 files: ")
                .containsPattern("2018-2019_330_abs_birmingham.csv \\(absence\\): 414 rows read, 828 added");
        // The figures name schools, so the files that say which schools exist are imported first, whatever their names.
        assertThat(printed.indexOf("england_spine")).isLessThan(printed.indexOf("Importing " + folder.resolve(
                "2018-2019_330_abs_birmingham.csv")));
        assertThat(printed.indexOf("england_ofsted")).isLessThan(printed.indexOf("Importing " + folder.resolve(
                "2018-2019_330_abs_birmingham.csv")));
        // The census lists every school of its day, so it is one of them.
        assertThat(printed.indexOf("Importing " + folder.resolve("2018-2019_330_census_birmingham.csv")))
                .isLessThan(printed.indexOf("Importing " + folder.resolve("2018-2019_330_abs_birmingham.csv")));
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void shouldExitNonZeroNamingFileLineAndColumnWhenAFileIsRefused() throws IOException {
        Path broken = folder.resolve("2018-2019_330_abs_birmingham.csv");
        Files.writeString(broken, "LA,ESTAB,URN,PERCTOT,PPERSABS10\n330,2003,142230,lots,10.3\n");

        int status = run(broken.toString());

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("2018-2019_330_abs_birmingham.csv, line 2, column 'PERCTOT'")
                .contains("nothing stored");
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isZero();
    }

    @Test
    void shouldRefuseAnExplicitlyNamedFileOfAnUnknownLayout() throws IOException {
        Path notes = Files.writeString(folder.resolve("notes.csv"), "Column,Field Name,Description\n1,URN,x\n");

        assertThat(run(notes.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("UNKNOWN_LAYOUT");
    }

    @Test
    void shouldRefuseAnOptionItDoesNotKnowAndSayWhichItDoes() {
        assertThat(run("--skip-everything", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option --skip-everything")
                .contains("--again", "--skip-unknown-schools", "--skip-malformed-rows");
    }

    @Test
    void shouldSayWhenAPathDoesNotExist() {
        assertThat(run(folder.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No such file or folder");
    }
}
