package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProblem;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.shared.AsAt;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * DfE's Local Authority Interactive Tool dataset imported as council, region and England figures. The file is a cut
 * of the published {@code lait_bds_long.csv.gz} (whole records, see the PROVENANCE.md beside it), gzipped as
 * published; every expected value is read from it here, with a CSV reader of its own, not through the importer.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
class LaitImportTest {

    private static final String FILE = "lait_bds_long_cut.csv.gz";
    private static final String SHORT_DESC = "Short Desc";

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Figures figures;

    @BeforeEach
    void empty() {
        DatabaseCleaner.clean(jdbc);
    }

    @ParameterizedTest
    @CsvSource({
            "FSP_NEW_GOODDEV, 2016, 330, 2015-16, FINAL",
            "FSP_NEW_GOODDEV, 2016, 970, 2015-16, FINAL",
            "KS2RWM_Expected_STD, 2019, 330, 2018-19, FINAL",
            "KS2RWM_Expected_STD, 2019, 970, 2018-19, FINAL",
            "AVG_Attain8_Score, 2024, 330, 2023-24, FINAL",
            "AVG_Attain8_Score, 2024, 970, 2023-24, FINAL",
            "TotPerAbNew, 2016, 330, 2015-16, FINAL",
            "PriPermEx, 2015/16, 330, 2015-16, FINAL",
            "PriPermEx, 2015/16, 984, 2015-16, FINAL",
            "HE_19_All, 2015-16, 330, 2015-16, FINAL",
            "EALPri, 2016, 330, 2015-16, FINAL",
            "A3A, 2018 (Rev), 330, 2017-18, REVISED",
            "A3A, 2020 (Final), 330, 2019-20, FINAL",
            "KS1P_all, 2025 (prov), 330, 2024-25, PROVISIONAL",
            "16-17 NEET, 2018, 330, FY2017-18, FINAL",
            "Premium, 2016-17, 330, FY2016-17, FINAL",
            "LACFinance, 2016-17 (OT), 330, FY2016-17, FINAL",
            "LAC, 2016, 330, FY2015-16, FINAL",
            "Hosp_Adm_Alc_<18yrs, 2013/14-15/16, 330, FY2013-14 to FY2015-16, FINAL",
            "SEN_EHC_Excpt_20wks, 2016, 330, CY2016, FINAL",
            "RTA, 2014-16, 330, CY2014 to CY2016, FINAL",
            "Sept_Guarantee, 2016, 330, YE Sep 2016, FINAL"})
    void shouldStoreEachCouncilRegionAndEnglandFigureAsPublishedInItsPeriod(String measure, String years, int area,
            String period, String stage) {
        ImportReport report = importBytes(FILE, published());
        assertThat(report.rejected()).as(report.summary()).isFalse();
        assertThat(report.kind()).isEqualTo("lait-long");

        List<String> row = rows().stream()
                .filter(r -> r.get(0).equals(measure) && r.get(2).equals(years) && r.get(5).equals(String.valueOf(area)))
                .findFirst().orElseThrow();
        String scope = area == 970 ? "ENGLAND" : row.get(6).equals("NA") ? "REGION" : "LOCAL_AUTHORITY";
        Map<String, Object> stored = jdbc.sql("""
                select value, unavailable, raw_value, source_file, import_id from figure
                where scope = ? and coalesce(la_code, 0) = ? and measure_code = ? and academic_year = ?
                    and release_stage = ?""")
                .params(scope, area == 970 ? 0 : area, "lait." + measure, period, stage).query().singleRow();
        String published = row.get(4);
        assertThat(stored.get("raw_value")).isEqualTo(published);
        assertThat(stored.get("source_file")).isEqualTo(FILE);
        assertThat(stored.get("import_id")).isEqualTo(report.importId());
        if (published.equals("-")) {
            assertThat(stored.get("value")).isNull();
            assertThat(stored.get("unavailable")).isNotNull();
        } else {
            // LAIT writes its stored doubles out in full; the figure is the same double, as its shortest decimal.
            assertThat((BigDecimal) stored.get("value")).isEqualByComparingTo(
                    BigDecimal.valueOf(Double.parseDouble(published)));
        }
    }

    @Test
    void shouldEqualThePublishedFileForARandomSampleOfFiftyFigures() {
        importBytes(FILE, published());

        // LAIT names an academic year by the year it ends in: "2019" is 2018-19.
        List<String> academicMeasures = List.of("FSP_NEW_GOODDEV", "KS2RWM_Expected_STD", "AVG_Attain8_Score",
                "TotPerAbNew", "EALPri");
        List<List<String>> academic = rows().stream()
                .filter(r -> academicMeasures.contains(r.get(0)) && r.get(2).matches("20[0-9]{2}")).toList();
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 50; i++) {
            List<String> row = academic.get(random.nextInt(academic.size()));
            int end = Integer.parseInt(row.get(2));
            String period = (end - 1) + "-" + String.format("%02d", end % 100);
            int code = Integer.parseInt(row.get(5));
            Map<String, Object> stored = jdbc.sql("""
                    select value, raw_value from figure where coalesce(la_code, 0) = ? and measure_code = ?
                        and academic_year = ? and release_stage = 'FINAL'""")
                    .params(code == 970 ? 0 : code, "lait." + row.get(0), period).query().singleRow();
            assertThat(stored.get("raw_value")).as(row.toString()).isEqualTo(row.get(4));
            if (!row.get(4).equals("-")) {
                assertThat((BigDecimal) stored.get("value")).as(row.toString())
                        .isEqualByComparingTo(BigDecimal.valueOf(Double.parseDouble(row.get(4))));
            }
        }
    }

    @Test
    void shouldStoreEveryRowOfTheFileAsOneFigureButTheYearZeroRowsWithNoValue() {
        ImportReport report = importBytes(FILE, published());

        List<List<String>> rows = rows();
        long yearZero = rows.stream().filter(r -> r.get(2).equals("0")).count();
        assertThat(yearZero).isPositive();
        assertThat(rows.stream().filter(r -> r.get(2).equals("0"))).allSatisfy(r -> assertThat(r.get(4)).isEqualTo("-"));
        assertThat(report.counts().added()).isEqualTo(rows.size() - (int) yearZero);
        assertThat(report.counts().skipped()).isEqualTo((int) yearZero);
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single())
                .isEqualTo(rows.size() - yearZero);
    }

    @Test
    void shouldImportTheSamplesLaitExtractWhole() {
        byte[] extract = org.schoolscope.testing.SampleFiles.bytes("lait_bds_long_extract.csv");
        long records = new String(extract, StandardCharsets.UTF_8).lines().count() - 1;

        ImportReport report = importBytes("lait_bds_long_extract.csv", extract);

        assertThat(report.rejected()).as(report.summary()).isFalse();
        assertThat(report.counts().added()).isEqualTo((int) records);
        assertThat(jdbc.sql("select count(distinct measure_code) from figure").query(Long.class).single())
                .isEqualTo(15);
    }

    @Test
    void shouldMatchTheFiguresSeed001ReportsForBirminghamIn2016() {
        importBytes(FILE, published());

        assertThat(value("KS2RWM_Expected_STD", 330, "2015-16")).isEqualByComparingTo("47");
        assertThat(value("KS2RWM_Expected_STD", 0, "2015-16")).isEqualByComparingTo("54");
        assertThat(value("FSP_NEW_GOODDEV", 330, "2015-16")).isEqualByComparingTo("63.7");
        assertThat(value("FSP_NEW_GOODDEV", 0, "2015-16")).isEqualByComparingTo("69.3");
        assertThat(value("TotPerAbNew", 330, "2015-16")).isEqualByComparingTo("12.21");
        assertThat(value("TotPerAbNew", 0, "2015-16")).isEqualByComparingTo("10.5");
    }

    @Test
    void shouldKeepADashAsNotAvailableWithItsReasonNeverZero() {
        importBytes(FILE, published());

        long dashes = rows().stream().filter(r -> r.get(4).equals("-") && !r.get(2).equals("0")).count();
        assertThat(dashes).isPositive();
        List<Map<String, Object>> stored = jdbc.sql("select value, text_value, unavailable from figure where raw_value = '-'")
                .query().listOfRows();
        assertThat(stored).hasSize((int) dashes).allSatisfy(figure -> {
            assertThat(figure.get("value")).isNull();
            assertThat(figure.get("text_value")).isNull();
            assertThat((String) figure.get("unavailable")).startsWith("Not available");
        });
        // Birmingham's EYFS figure for 2019-20, when no assessment was made, is not available, not 0.
        assertThat(jdbc.sql("""
                select unavailable from figure where scope = 'LOCAL_AUTHORITY' and la_code = 330
                    and measure_code = 'lait.FSP_NEW_GOODDEV' and academic_year = '2019-20'""")
                .query(String.class).single()).startsWith("Not available");
    }

    @Test
    void shouldLabelEachMeasureFromTheDictionaryWithItsUnitAndDirection() {
        importBytes(FILE, published());

        Map<String, Object> gld = measure("FSP_NEW_GOODDEV");
        assertThat(gld.get("label")).isEqualTo("Foundation Stage - % achieving a good level of development");
        assertThat(gld.get("unit")).isEqualTo("PERCENT");
        assertThat(gld.get("higher_is_better")).isEqualTo(true);
        assertThat(gld.get("topic")).isEqualTo("Foundation Stage");
        assertThat(measure("AVG_Attain8_Score")).containsEntry("unit", "SCORE").containsEntry("higher_is_better", true);
        assertThat(measure("TotPerAbNew")).containsEntry("unit", "PERCENT").containsEntry("higher_is_better", false);
        assertThat(measure("LAC")).containsEntry("unit", "RATE");
        assertThat(measure("LACFinance")).containsEntry("unit", "MONEY");
        assertThat(measure("LACnum")).containsEntry("unit", "COUNT").containsEntry("higher_is_better", null);
    }

    @Test
    void shouldRecordEachCouncilWithItsRegionAsABenchmarkArea() {
        importBytes(FILE, published());

        Map<Integer, Map<String, Object>> areas = new java.util.HashMap<>();
        jdbc.sql("select code, name, kind, region_code from benchmark_area").query().listOfRows()
                .forEach(row -> areas.put((Integer) row.get("code"), row));
        assertThat(areas.get(330)).containsEntry("name", "Birmingham").containsEntry("kind", "LOCAL_AUTHORITY")
                .containsEntry("region_code", 984);
        assertThat(areas.get(213)).containsEntry("region_code", 987);
        assertThat(areas.get(984)).containsEntry("kind", "REGION").containsEntry("name", "West Midlands");
        assertThat(areas.get(970)).containsEntry("kind", "ENGLAND");
    }

    @Test
    void shouldAnswerTheLatestAcademicYearFigureButNeverTakeAFinancialYearForAnAcademicOne() {
        importBytes(FILE, published());

        Figure latest = figures.latest("lait.FSP_NEW_GOODDEV", FigureScope.localAuthority(330), "",
                AsAt.on(LocalDate.of(2025, 12, 1))).orElseThrow();
        assertThat(latest.academicYear()).isEqualTo("2024-25");
        assertThat(latest.rawValue()).isEqualTo(rows().stream().filter(r -> r.get(0).equals("FSP_NEW_GOODDEV")
                && r.get(2).equals("2025") && r.get(5).equals("330")).findFirst().orElseThrow().get(4));
        assertThat(figures.latest("lait.FSP_NEW_GOODDEV", new FigureScope(FigureScope.Kind.REGION, null, null, 984),
                "", AsAt.on(LocalDate.of(2025, 12, 1)))).isPresent();
        // Financial and calendar years are stored by their own names and never counted as academic years.
        assertThat(figures.latest("lait.16-17 NEET", FigureScope.localAuthority(330), "",
                AsAt.on(LocalDate.of(2025, 12, 1)))).isEmpty();
        assertThat(figures.latestForEngland(AsAt.on(LocalDate.of(2025, 12, 1))))
                .allSatisfy(f -> assertThat(f.academicYear()).matches("[0-9]{4}-[0-9]{2}"));
    }

    @Test
    void shouldRefuseAMalformedCopyWholeNamingItsLineAndColumn() {
        String text = new String(gunzip(published()), StandardCharsets.UTF_8);
        String good = "FSP_NEW_GOODDEV,,2019,Birmingham,68,330,West Midlands";
        int at = text.indexOf(good);
        assertThat(at).isPositive();
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        String broken = text.replace(good, "FSP_NEW_GOODDEV,,2019,Birmingham,68,0,330,West Midlands")
                .replace("AVG_Attain8_Score,,2024,Birmingham,", "AVG_Attain8_Score,,2024 or so,Birmingham,");

        ImportReport report = importBytes("lait_bds_long_broken.csv.gz", gzip(broken.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.code()).isEqualTo("EXTRA_FIELDS");
            assertThat(problem.column()).isNotNull();
        });
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.column()).isEqualTo("Years");
            assertThat(problem.code()).isEqualTo("NOT_A_PERIOD");
            assertThat(problem.message()).contains("2024 or so");
        });
        assertThat(report.problems()).extracting(ImportProblem::file).containsOnly("lait_bds_long_broken.csv");
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from benchmark_area").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from import_batch").query(Long.class).single()).isZero();
    }

    @Test
    void shouldRefuseAFileWithAMeasureTheDictionaryDoesNotDefineNamingItsLine() {
        String text = new String(gunzip(published()), StandardCharsets.UTF_8);
        String good = "FSP_NEW_GOODDEV,,2019,Birmingham,68,330,West Midlands";
        long line = text.substring(0, text.indexOf(good)).chars().filter(c -> c == '\n').count() + 1;

        ImportReport report = importBytes("lait_bds_long_unknown.csv.gz", gzip(text.replace(good,
                "FSP_GLD_MADE_UP,,2019,Birmingham,68,330,West Midlands").getBytes(StandardCharsets.UTF_8)));

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.column()).isEqualTo("Short Desc");
            assertThat(problem.code()).isEqualTo("UNKNOWN_MEASURE");
            assertThat(problem.message()).contains("FSP_GLD_MADE_UP");
        });
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isZero();
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedTwice() {
        ImportReport first = importBytes(FILE, published());
        List<Map<String, Object>> before = storedFigures();

        ImportReport second = importBytes(FILE, published());
        ImportReport again = imports.importBytes(FILE, published(), "test", ImportOptions.STRICT.withAgain(true),
                ImportProgress.SILENT);

        assertThat(second.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(again.rejected()).as(again.summary()).isFalse();
        assertThat(again.counts().added()).isZero();
        assertThat(again.counts().changed()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(first.counts().added());
        assertThat(storedFigures()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from figure_superseded").query(Long.class).single()).isZero();
    }

    @Test
    void shouldKeepTheVersionACorrectedValueReplaces() {
        ImportReport first = importBytes(FILE, published());
        String text = new String(gunzip(published()), StandardCharsets.UTF_8);
        String birmingham2016 = "FSP_NEW_GOODDEV,FSP (NEW) - % achieving a good level of development,2016,Birmingham,63.7,";
        assertThat(text).contains(birmingham2016);
        byte[] corrected = gzip(text.replace(birmingham2016, birmingham2016.replace(",63.7,", ",64.1,"))
                .getBytes(StandardCharsets.UTF_8));

        ImportReport second = importBytes("lait_bds_long_revised.csv.gz", corrected);

        assertThat(second.rejected()).as(second.summary()).isFalse();
        assertThat(second.counts().changed()).isEqualTo(1);
        assertThat(second.counts().unchanged()).isEqualTo(first.counts().added() - 1);
        assertThat(value("FSP_NEW_GOODDEV", 330, "2015-16")).isEqualByComparingTo("64.1");
        Map<String, Object> kept = jdbc.sql("select raw_value, import_id, superseded_by_import_id from figure_superseded")
                .query().singleRow();
        assertThat(kept).containsEntry("raw_value", "63.7").containsEntry("import_id", first.importId())
                .containsEntry("superseded_by_import_id", second.importId());
    }

    private ImportReport importBytes(String name, byte[] bytes) {
        return imports.importBytes(name, bytes, "test", ImportOptions.STRICT, ImportProgress.SILENT);
    }

    private BigDecimal value(String measure, int area, String period) {
        return jdbc.sql("""
                select value from figure where coalesce(la_code, 0) = ? and measure_code = ? and academic_year = ?
                    and scope <> 'SCHOOL'""")
                .params(area, "lait." + measure, period).query(BigDecimal.class).single();
    }

    private Map<String, Object> measure(String shortName) {
        return jdbc.sql("select label, unit, higher_is_better, topic from measure where code = ?")
                .param("lait." + shortName).query().singleRow();
    }

    private List<Map<String, Object>> storedFigures() {
        return jdbc.sql("""
                select id, scope, la_code, measure_code, academic_year, release_stage, value, unavailable, raw_value,
                    import_id from figure order by id""").query().listOfRows();
    }

    /** The published cut, as its bytes. */
    private static byte[] published() {
        try (InputStream in = LaitImportTest.class.getResourceAsStream("/performance/lait/" + FILE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every record of the published cut after the header, read here with a CSV reader of the test's own. */
    private static List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new InputStreamReader(
                new java.io.ByteArrayInputStream(gunzip(published())), StandardCharsets.UTF_8))) {
            for (CsvRecord record : csv) {
                if (!record.getField(0).equals(SHORT_DESC)) {
                    rows.add(record.getFields());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
