package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * DfE's 16-17 NEET files (NCCIS), imported through the declarative layout {@code neet-16-17-by-la.yml}. The files are
 * the published ones, whole (see the PROVENANCE.md beside them); expected values are read from them here.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
class NeetImportTest {

    private static final String NEET_2025 = "nccis_UD_NEETNK_LA_dashboard_final.csv";
    private static final String NEET_2021 = "nccis_UD_NEETNK_LA_dashboard_2021_vg_removed.csv";

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void empty() {
        DatabaseCleaner.clean(jdbc);
    }

    @ParameterizedTest
    @CsvSource({
            "330, NEET_percent, neet.neet_share",
            "330, Notknown_percent, neet.not_known_share",
            "330, NEET_not_known_percent, neet.neet_or_not_known_share",
            "330, September_guarantee_Offer_made_percent, neet.september_guarantee_share",
            "970, NEET_percent, neet.neet_share",
            "970, Cohort_DJFavg, neet.cohort"})
    void shouldStoreEachCouncilsAndEnglandsFigureForTheFinancialYearItsWinterFallsIn(int area, String column,
            String measure) {
        ImportReport report = importFile(NEET_2025);
        assertThat(report.rejected()).as(report.summary()).isFalse();
        assertThat(report.kind()).isEqualTo("neet-16-17-by-la");

        NamedCsvRecord row = records(NEET_2025).stream()
                .filter(r -> area == 970 ? r.getField("geographic_level").equals("National")
                        : r.getField("old_la_code").equals(String.valueOf(area)))
                .findFirst().orElseThrow();
        assertThat(row.getField("time_period")).isEqualTo("2025");
        Map<String, Object> stored = jdbc.sql("""
                select value, raw_value, academic_year, source_file from figure
                where scope = ? and coalesce(la_code, 0) = ? and measure_code = ?""")
                .params(area == 970 ? "ENGLAND" : "LOCAL_AUTHORITY", area == 970 ? 0 : area, measure).query()
                .singleRow();
        assertThat(stored.get("raw_value")).isEqualTo(row.getField(column));
        assertThat((BigDecimal) stored.get("value")).isEqualByComparingTo(row.getField(column));
        // December 2024 to February 2025: financial year 2024-25, as LAIT files the same series.
        assertThat(stored.get("academic_year")).isEqualTo("FY2024-25");
        assertThat(stored.get("source_file")).isEqualTo(NEET_2025);
    }

    @Test
    void shouldDateTheImportByNoAcademicYearAndSkipTheRegionsNamedByOnsCode() {
        ImportReport report = importFile(NEET_2025);

        long regional = records(NEET_2025).stream().filter(r -> r.getField("geographic_level").equals("Regional"))
                .count();
        assertThat(report.counts().skipped()).isEqualTo((int) regional);
        assertThat(jdbc.sql("select academic_year from import_batch where id = ?").param(report.importId())
                .query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from figure where academic_year <> 'FY2024-25'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void shouldKeepSuppressedFiguresAsNotAvailableWithTheReason() {
        importFile(NEET_2025);

        List<NamedCsvRecord> suppressed = records(NEET_2025).stream()
                .filter(r -> r.getField("VG_NEET_NK_percentage").equals("c")).toList();
        assertThat(suppressed).isNotEmpty();
        for (NamedCsvRecord row : suppressed) {
            Map<String, Object> stored = jdbc.sql("""
                    select value, unavailable from figure where scope = 'LOCAL_AUTHORITY' and la_code = ?
                        and measure_code = 'neet.neet_or_not_known_share_vulnerable'""")
                    .param(Integer.parseInt(row.getField("old_la_code"))).query().singleRow();
            assertThat(stored.get("value")).isNull();
            assertThat(stored.get("unavailable")).isEqualTo("Confidential: suppressed");
        }
    }

    @Test
    void shouldFileTheSameWinterUnderTheSamePeriodAsLait() {
        importFile(NEET_2025);
        imports.importBytes("lait_bds_long_cut.csv.gz", resource("/performance/lait/lait_bds_long_cut.csv.gz"),
                "test", ImportOptions.STRICT, ImportProgress.SILENT);

        BigDecimal nccis = jdbc.sql("""
                select value from figure where la_code = 330 and measure_code = 'neet.neet_share'
                    and academic_year = 'FY2024-25'""").query(BigDecimal.class).single();
        BigDecimal lait = jdbc.sql("""
                select value from figure where la_code = 330 and measure_code = 'lait.16-17 NEET'
                    and academic_year = 'FY2024-25'""").query(BigDecimal.class).single();
        assertThat(nccis).isEqualByComparingTo(lait);
    }

    @Test
    void shouldRefuseThe2021FileWholeNamingItsDemonstrationRowWithNoCouncil() {
        ImportReport report = importFile(NEET_2021);

        List<String> lines = new String(resource("/performance/neet/" + NEET_2021), StandardCharsets.UTF_8).lines()
                .toList();
        int demo = lines.indexOf(lines.stream().filter(l -> l.contains("LA demo")).findFirst().orElseThrow()) + 1;
        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(demo);
            assertThat(problem.column()).isEqualTo("old_la_code");
            assertThat(problem.code()).isEqualTo("MISSING_LA");
        });
        assertThat(jdbc.sql("select count(*) from figure").query(Long.class).single()).isZero();
    }

    @Test
    void shouldChangeNothingWhenImportedTwice() {
        ImportReport first = importFile(NEET_2025);
        ImportReport again = imports.importBytes(NEET_2025, resource("/performance/neet/" + NEET_2025), "test",
                ImportOptions.STRICT.withAgain(true), ImportProgress.SILENT);

        assertThat(importFile(NEET_2025).outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(again.counts().added()).isZero();
        assertThat(again.counts().changed()).isZero();
        assertThat(again.counts().unchanged()).isEqualTo(first.counts().added());
    }

    private ImportReport importFile(String name) {
        return imports.importBytes(name, resource("/performance/neet/" + name), "test", ImportOptions.STRICT,
                ImportProgress.SILENT);
    }

    private static List<NamedCsvRecord> records(String name) {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(
                new String(resource("/performance/neet/" + name), StandardCharsets.UTF_8))) {
            return csv.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = NeetImportTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
