package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.ingest.ImportCommand;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The all-England files are not in the repository: they are imported with the command line, as a council would,
 * and schools of councils other than the sample's are checked value by value against the published CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalFilesTest {

    private static final Path NATIONAL = Path.of("../shared/data/national");
    private static final List<String> FILES = List.of("2017-2018_england_spine.xlsx",
            "england_ofsted-schools_31_July_2018.xlsx", "2018-2019_england_census.csv.gz", "2018-2019_england_abs.csv.gz",
            "2018-2019_england_ks4provisional.csv.gz", "202324_information_about_schools_final.csv.gz",
            "2016-2017_england_ks5final.csv.gz", "2018-2019_england_ks4-pupdest.csv.gz");

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void importWithTheCommandLine() {
        assumeTrue(Files.isDirectory(NATIONAL), "the shared data folder is not beside the project");
        DatabaseCleaner.clean(jdbc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The register here is England's 2017-18 spine and the Ofsted file of July 2018; rows of later files for schools
        // that opened since, or closed before, are left out and listed, as a council would ask.
        String[] paths = java.util.stream.Stream.concat(java.util.stream.Stream.of("--skip-unknown-schools"),
                FILES.stream().map(f -> NATIONAL.resolve(f).toString())).toArray(String[]::new);
        int status = command.run(paths, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        registered = jdbc.sql("select urn from school").query(Integer.class).list().stream()
                .collect(java.util.stream.Collectors.toSet());
    }

    private java.util.Set<Integer> registered;

    @ParameterizedTest
    @CsvSource({
            "2018-2019_england_census.csv.gz, URN, LA, PNUMFSMEVER, census.fsm_ever_share",
            "2018-2019_england_abs.csv.gz, URN, LA, PERCTOT, absence.overall_rate",
            "2018-2019_england_ks4provisional.csv.gz, URN, LEA, ATT8SCR, ks4.attainment8",
            "202324_information_about_schools_final.csv.gz, school_urn, old_la_code, pt_disadvantaged, ks4.disadvantaged_share",
            "2016-2017_england_ks5final.csv.gz, URN, LEA, TALLPPE_ALEV_1618, ks5.a_level_points_per_entry",
            "2018-2019_england_ks4-pupdest.csv.gz, URN, LEA, OVERALL_DESTPER, destinations.ks4_sustained"})
    void shouldMatchThePublishedValueForRandomSchoolsOutsideTheSample(String file, String urnColumn,
            String laColumn, String column, String measure) throws IOException {
        List<List<String>> records = read(NATIONAL.resolve(file));
        List<String> header = records.get(0);
        int urnAt = header.indexOf(urnColumn);
        int laAt = header.indexOf(laColumn);
        int valueAt = header.indexOf(column);
        List<List<String>> elsewhere = records.subList(1, records.size()).stream()
                .filter(r -> r.size() > valueAt && r.get(urnAt).matches("\\d{6}") && !r.get(laAt).equals("330"))
                .filter(r -> registered.contains(Integer.parseInt(r.get(urnAt)))).toList();
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<String> school = elsewhere.get(random.nextInt(elsewhere.size()));
            String published = school.get(valueAt);
            var stored = jdbc.sql("select raw_value, value from figure where scope = 'SCHOOL' and urn = ? and measure_code = ?")
                    .params(Integer.parseInt(school.get(urnAt)), measure).query().singleRow();
            assertThat(stored.get("raw_value")).as("URN %s in %s", school.get(urnAt), file).isEqualTo(published);
            if (published.matches("-?[0-9.]+%?")) {
                assertThat((BigDecimal) stored.get("value")).isEqualByComparingTo(published.replace("%", ""));
            } else {
                assertThat(stored.get("value")).isNull();
            }
        }
    }

    private static List<List<String>> read(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            List<List<String>> records = new ArrayList<>();
            for (CsvRecord record : CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                    .ofCsvRecord(text)) {
                records.add(record.getFields());
            }
            return records;
        }
    }
}
