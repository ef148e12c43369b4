package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.assessment.AssessmentReason;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.ingest.LeftOutRow;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.SampleFiles;
import org.schoolscope.testing.SampleRegister;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Figures figures;

    @Autowired
    AssessmentRuns runs;

    private List<Integer> registered;
    private long registerImports;

    @BeforeAll
    void loadTheRegister() {
        DatabaseCleaner.clean(jdbc);
        SampleRegister.load(imports);
        registered = jdbc.sql("select urn from school").query(Integer.class).list();
        registerImports = jdbc.sql("select max(id) from import_batch").query(Long.class).single();
    }

    /** Each test starts with the register and no figures. */
    @BeforeEach
    void removeFigures() {
        registerImports = SampleRegister.restore(jdbc, imports, registerImports);
    }

    private long figureImports() {
        return jdbc.sql("select count(*) from import_batch where id > ?").param(registerImports).query(Long.class)
                .single();
    }

    private ImportReport importSample(String file) {
        return imports.importBytes(file, SampleFiles.bytes(file), "test", ImportProgress.SILENT);
    }

    private ImportReport importSampleSkippingUnknownSchools(String file) {
        return imports.importBytes(file, SampleFiles.bytes(file), "test", new ImportOptions(false, true, false),
                ImportProgress.SILENT);
    }

    @ParameterizedTest
    @CsvSource({
            "2018-2019_850_ks2final.csv, ks2-final, URN, RECTYPE, 1, PTRWM_EXP, ks2.rwm_expected, 2018-19, FINAL",
            "2016-2017_850_ks4final.csv, ks4-performance-tables, URN, RECTYPE, 1, ATT8SCR, ks4.attainment8, 2016-17, FINAL",
            "2018-2019_330_ks4provisional_birmingham.csv, ks4-performance-tables, URN, RECTYPE, 1, P8MEA, ks4.progress8, 2018-19, PROVISIONAL",
            "202324_information_about_schools_final_birmingham.csv, ks4-information-about-schools, school_urn, geographic_level, School, diffn_p8mea, ks4.progress8_disadvantaged_gap, 2023-24, FINAL",
            "2016-2017_330_ks5final_birmingham.csv, ks5-final, URN, RECTYPE, 1, TALLPPE_ALEV_1618, ks5.a_level_points_per_entry, 2016-17, FINAL",
            "2018-2019_330_ks4-pupdest_birmingham.csv, ks4-destinations, URN, RECTYPE, 1, OVERALL_DESTPER, destinations.ks4_sustained, 2018-19, FINAL",
            "2018-2019_330_census_birmingham.csv, census, URN, URN, , PNUMFSMEVER, census.fsm_ever_share, 2018-19, FINAL",
            "2018-2019_330_abs_birmingham.csv, absence, URN, URN, , PPERSABS10, absence.persistent_share, 2018-19, FINAL"})
    void shouldStoreEachSchoolsFigureAsPublished(String file, String kind, String urnColumn, String typeColumn,
            String schoolType, String column, String measure, String year, String stage) {
        ImportReport report = importSampleSkippingUnknownSchools(file);

        assertThat(report.rejected()).as(report.summary()).isFalse();
        assertThat(report.kind()).isEqualTo(kind);
        List<List<String>> records = SampleFiles.records(file, StandardCharsets.UTF_8);
        List<String> header = records.get(0);
        int urnAt = header.indexOf(urnColumn);
        int typeAt = header.indexOf(typeColumn);
        int valueAt = header.indexOf(column);
        List<List<String>> schools = records.subList(1, records.size()).stream()
                .filter(r -> schoolType == null || r.get(typeAt).equals(schoolType)).toList();
        // Rows for schools the register does not hold are left out, each listed, and only they.
        List<String> unknown = schools.stream().map(r -> r.get(urnAt))
                .filter(urn -> !registered.contains(Integer.parseInt(urn))).toList();
        assertThat(report.rowsLeftOut()).isEqualTo(unknown.size());
        assertThat(report.leftOut()).allSatisfy(row -> assertThat(row.code()).isEqualTo("UNKNOWN_SCHOOL"));
        assertThat(report.leftOut()).extracting(LeftOutRow::reason).allSatisfy(reason -> assertThat(
                unknown.stream().anyMatch(urn -> reason.contains("URN " + urn))).isTrue());
        schools = schools.stream().filter(r -> registered.contains(Integer.parseInt(r.get(urnAt)))).toList();
        Random random = new Random(file.hashCode());
        for (int i = 0; i < 10; i++) {
            List<String> school = schools.get(random.nextInt(schools.size()));
            Map<String, Object> stored = jdbc.sql("""
                    select raw_value, value, unavailable, academic_year, release_stage, source_file from figure
                    where scope = 'SCHOOL' and urn = ? and measure_code = ?""")
                    .params(Integer.parseInt(school.get(urnAt)), measure).query().singleRow();
            // DfE's local-authority downloads end some rows early: the fields not written are blank.
            String published = valueAt < school.size() ? school.get(valueAt) : "";
            assertThat(stored.get("raw_value")).isEqualTo(published);
            assertThat(stored.get("academic_year")).isEqualTo(year);
            assertThat(stored.get("release_stage")).isEqualTo(stage);
            assertThat(stored.get("source_file")).isEqualTo(file);
            if (published.matches("-?[0-9.]+%?")) {
                assertThat(new java.math.BigDecimal(published.replace("%", "")))
                        .isEqualByComparingTo((java.math.BigDecimal) stored.get("value"));
            } else {
                assertThat(stored.get("value")).isNull();
            }
        }
    }

    @Test
    void shouldKeepSuppressedFiguresAsNotAvailableWithTheReasonNeverZero() {
        importSample("2018-2019_330_ks4provisional_birmingham.csv");

        Map<String, Long> reasons = jdbc.sql("""
                select unavailable, count(*) as n from figure where raw_value in ('SUPP', 'NE', 'NA', 'NP', 'LOW')
                group by unavailable""").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(reasons).containsKey("Not applicable").doesNotContainKey(null);
        assertThat(jdbc.sql("select count(*) from figure where unavailable is not null and value is not null")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from figure where raw_value in ('SUPP','NA','NE','x','c','z') and value = 0")
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldTurnEnglandAndLocalAuthorityRowsIntoBenchmarks() {
        importSample("2018-2019_330_ks4provisional_birmingham.csv");

        List<List<String>> records = SampleFiles.records("2018-2019_330_ks4provisional_birmingham.csv",
                StandardCharsets.UTF_8);
        List<String> header = records.get(0);
        List<String> england = records.stream().filter(r -> r.get(0).equals("7")).findFirst().orElseThrow();
        List<String> birmingham = records.stream().filter(r -> r.get(0).equals("4")).findFirst().orElseThrow();
        int attainment = header.indexOf("ATT8SCR");

        assertThat(jdbc.sql("select raw_value from figure where scope = 'ENGLAND' and measure_code = 'ks4.attainment8'")
                .query(String.class).single()).isEqualTo(england.get(attainment));
        assertThat(jdbc.sql("""
                select raw_value from figure where scope = 'LOCAL_AUTHORITY' and la_code = 330
                and measure_code = 'ks4.attainment8'""").query(String.class).single())
                .isEqualTo(birmingham.get(attainment));
    }

    @Test
    void shouldReadEachRowsYearFromATidyFileAndSkipRegionalRows() {
        ImportReport report = importSampleSkippingUnknownSchools(
                "exclusions_by_geographic_level_200607-201617_birmingham.csv");

        assertThat(report.rejected()).as(report.summary()).isFalse();
        assertThat(jdbc.sql("select count(distinct academic_year) from figure where scope = 'ENGLAND'")
                .query(Long.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("""
                select raw_value from figure where scope = 'LOCAL_AUTHORITY' and la_code = 330 and breakdown = ''
                and measure_code = 'exclusions.permanent' and academic_year = '2016-17'""")
                .query(String.class).optional()).isPresent();
        List<List<String>> records = SampleFiles.records("exclusions_by_geographic_level_200607-201617_birmingham.csv",
                StandardCharsets.UTF_8);
        int level = records.get(0).indexOf("geographic_level");
        assertThat(report.counts().skipped()).as("regional rows").isEqualTo(
                records.stream().filter(r -> r.get(level).equals("Regional")).count());
        assertThat(report.rowsLeftOut()).as("school rows of closed schools, whose LAESTAB no school holds")
                .isPositive();
        assertThat(report.leftOut()).extracting(LeftOutRow::code).containsOnly("UNKNOWN_LAESTAB");
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedTwice() {
        ImportReport first = importSample("2018-2019_330_abs_birmingham.csv");
        long figures = jdbc.sql("select count(*) from figure").query(Long.class).single();

        ImportReport second = importSample("2018-2019_330_abs_birmingham.csv");

        assertThat(first.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isEqualTo(figures);
        assertThat(figureImports()).isEqualTo(1);
    }

    @Test
    void shouldCountOnlyTheFigureThatChangedInARepublishedFile() {
        String file = "2018-2019_330_abs_birmingham.csv";
        importSample(file);
        String original = new String(SampleFiles.bytes(file), StandardCharsets.UTF_8);
        String revised = original.replaceFirst("\n330,2003,142230,4.1,10.3", "\n330,2003,142230,4.2,10.3");
        assertThat(revised).isNotEqualTo(original);

        ImportReport report = imports.importBytes(file, revised.getBytes(StandardCharsets.UTF_8), "test",
                ImportProgress.SILENT);

        assertThat(report.counts().changed()).isEqualTo(1);
        assertThat(report.counts().added()).isZero();
        assertThat(jdbc.sql("select raw_value from figure where urn = 142230 and measure_code = 'absence.overall_rate'")
                .query(String.class).single()).isEqualTo("4.2");
    }

    /** Issue 11, item 6: a correction is a new version, and the version it replaces is kept with its import. */
    @Test
    void shouldKeepTheVersionACorrectionReplacesAndReadItWithinTheEarlierImports() {
        String file = "2018-2019_330_abs_birmingham.csv";
        ImportReport published = importSample(file);
        ImportReport corrected = imports.importBytes(file, withValue(file, "142230", "PERCTOT", "4.2"), "test",
                ImportProgress.SILENT);
        assertThat(corrected.counts().changed()).isEqualTo(1);

        assertThat(jdbc.sql("""
                select raw_value, import_id, superseded_by_import_id from figure_superseded
                where urn = 142230 and measure_code = 'absence.overall_rate'""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getLong(2), rs.getLong(3))).list())
                .containsExactly(List.of("4.1", published.importId(), corrected.importId()));
        LocalDate after = LocalDate.of(2020, 1, 1);
        assertThat(overallAbsence(AsAt.of(after, List.of(registerImports, published.importId())))).isEqualTo("4.1");
        assertThat(overallAbsence(AsAt.of(after, List.of(registerImports, published.importId(),
                corrected.importId())))).isEqualTo("4.2");
        assertThat(overallAbsence(AsAt.on(after))).isEqualTo("4.2");
    }

    /** Issue 11, item 6: reproducing a run after a correction gives the run's answer, not today's. */
    @Test
    void shouldReproduceAnEarlierRunAsItsImportsSaidAfterAFigureIsCorrected() {
        String file = "2018-2019_850_ks2final.csv";
        Urn winklebury = new Urn(115858);
        importSample(file);
        AssessmentRun before = runs.run(new LaCode(850), "test officer");
        assertThat(fired(before, winklebury)).as("at 66 per cent reaching the expected standard").isNotEmpty()
                .doesNotContain("ks2-attainment-lowest-quartile");

        ImportReport correction = imports.importBytes(file, withValue(file, "115858", "PTRWM_EXP", "5%"), "test",
                ImportProgress.SILENT);
        assertThat(correction.counts().changed()).isEqualTo(1);
        AssessmentRun after = runs.run(new LaCode(850), "test officer");
        assertThat(fired(after, winklebury)).contains("ks2-attainment-lowest-quartile");

        AssessmentRun reproduced = runs.reproduce(before.id(), "test officer");

        assertThat(fired(reproduced, winklebury)).isEqualTo(fired(before, winklebury));
        assertThat(categories(reproduced)).isEqualTo(categories(before));
    }

    private List<String> fired(AssessmentRun run, Urn urn) {
        return runs.results(run.id(), TestUsers.officer("test")).stream().filter(result -> result.urn().equals(urn))
                .findFirst().orElseThrow().reasons().stream().map(AssessmentReason::ruleId).toList();
    }

    private Map<Urn, String> categories(AssessmentRun run) {
        Map<Urn, String> categories = new java.util.TreeMap<>(java.util.Comparator.comparingInt(Urn::value));
        runs.results(run.id(), TestUsers.officer("test")).forEach(r -> categories.put(r.urn(), r.category()));
        return categories;
    }

    private String overallAbsence(AsAt asAt) {
        return figures.latestForSchools(List.of(new Urn(142230)), List.of("absence.overall_rate"), asAt)
                .get(new Urn(142230)).get("absence.overall_rate").rawValue();
    }

    /** The sample file with one school's value in one column changed, as a publisher's correction would. */
    private static byte[] withValue(String file, String urn, String column, String value) {
        String[] lines = new String(SampleFiles.bytes(file), StandardCharsets.UTF_8).split("\n", -1);
        List<String> header = List.of(lines[0].replace("\uFEFF", "").trim().split(","));
        int urnColumn = header.indexOf("URN");
        int valueColumn = header.indexOf(column);
        boolean found = false;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length > valueColumn && cells[urnColumn].equals(urn)) {
                assertThat(cells[valueColumn]).isNotEqualTo(value);
                cells[valueColumn] = value;
                lines[i] = String.join(",", cells);
                found = true;
            }
        }
        assertThat(found).as("URN %s in %s", urn, file).isTrue();
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldRejectAWrongTypeWithFileLineAndColumnAndKeepThePreviousData() {
        String file = "2018-2019_330_abs_birmingham.csv";
        importSample(file);
        String broken = new String(SampleFiles.bytes(file), StandardCharsets.UTF_8)
                .replaceFirst("\n330,2004,134094,4.4,7.7", "\n330,2004,134094,four,7.7");

        ImportReport report = imports.importBytes(file, broken.getBytes(StandardCharsets.UTF_8), "test",
                ImportProgress.SILENT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("PERCTOT");
            assertThat(problem.code()).isEqualTo("NOT_A_NUMBER");
        });
        assertThat(jdbc.sql("select raw_value from figure where urn = 134094 and measure_code = 'absence.overall_rate'")
                .query(String.class).single()).isEqualTo("4.4");
        assertThat(figureImports()).isEqualTo(1);
    }

    @Test
    void shouldRejectATruncatedFileWhole() {
        String file = "2018-2019_330_census_birmingham.csv";
        byte[] whole = SampleFiles.bytes(file);
        // Cut part-way through a row, as an interrupted download does: after the fifth field of a row past halfway.
        String text = new String(whole, StandardCharsets.UTF_8);
        int rowStart = text.indexOf('\n', text.length() / 2) + 1;
        int cut = rowStart;
        for (int field = 0; field < 5; field++) {
            cut = text.indexOf(',', cut) + 1;
        }
        byte[] truncated = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);

        ImportReport report = imports.importBytes(file, truncated, "test", ImportProgress.SILENT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems().get(0).code()).isEqualTo("TRUNCATED");
        assertThat(report.problems().get(0).line()).isGreaterThan(200);
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isZero();
    }

    @Test
    void shouldRejectAFileMissingARequiredColumn() {
        String broken = "LA,ESTAB,URN,PERCTOT,PPERSABS10\n330,2003,142230,4.1,10.3\n"
                .replace("URN", "SCHOOL_ID").replace("LA,", "LA,URN_WAS,");
        ImportReport report = imports.importBytes("2018-2019_abs.csv", ("LA,ESTAB,URN,PERCTOT,PPERSABS10\n"
                + "330,2003,,4.1,10.3\n").getBytes(StandardCharsets.UTF_8), "test", ImportProgress.SILENT);

        assertThat(broken).isNotEmpty();
        assertThat(report.rejected()).isTrue();
        assertThat(report.problems().get(0).code()).isEqualTo("MISSING_SCHOOL");
        assertThat(report.problems().get(0).line()).isEqualTo(2);
    }

    @Test
    void shouldAcceptRowsEndingEarlyOnlyInALayoutWhosePublisherWritesThemAndNeverALongerRow() {
        String file = "2016-2017_850_ks2final.csv";
        List<String> lines = List.of(new String(SampleFiles.bytes(file), StandardCharsets.UTF_8).split("\r\n", -1));
        // DfE's download: line 77 stops after its 24th of 290 fields (The Westgate School, URN 116407).
        assertThat(lines.get(76).split(",", -1)).hasSize(24);
        assertThat(importSample(file).rejected()).isFalse();

        List<String> longer = new java.util.ArrayList<>(lines);
        longer.set(76, lines.get(76) + ",," + String.join("", java.util.Collections.nCopies(266, ",")));
        ImportReport report = imports.importBytes(file, String.join("\r\n", longer).getBytes(StandardCharsets.UTF_8),
                "test", ImportProgress.SILENT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(77);
            assertThat(problem.code()).isEqualTo("EXTRA_FIELDS");
        });
    }

    @Test
    void shouldAskForTheYearWhenTheFileNameDoesNotSayIt() {
        ImportReport report = imports.importBytes("abs.csv", SampleFiles.bytes("2018-2019_330_abs_birmingham.csv"),
                "test", ImportProgress.SILENT);

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems().get(0).code()).isEqualTo("NO_ACADEMIC_YEAR");
    }
}
