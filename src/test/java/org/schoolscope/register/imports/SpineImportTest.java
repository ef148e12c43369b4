package org.schoolscope.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.register.RegisterTestSupport;

class SpineImportTest extends RegisterTestSupport {

    static final String FILE = "england_spine_2017-2018_la330_birmingham_extract.csv";
    static final Path NATIONAL = Path.of("/work/shared/data/national/2017-2018_england_spine.xlsx");

    @Test
    void shouldDateTheSpineByTheEndOfItsAcademicYear() {
        ImportReport report = importResource(FILE);

        assertThat(report.kind()).isEqualTo("school-information-spine");
        assertThat(report.counts().added()).isEqualTo(records().size());
        Map<String, Object> batch = jdbc.sql("select academic_year, as_at from import_batch").query().singleRow();
        assertThat(batch).containsEntry("academic_year", "2017-18")
                .containsEntry("as_at", java.sql.Date.valueOf(LocalDate.of(2018, 8, 31)));
        assertThat(count("select count(*) from school_record where as_at = date '2018-08-31'"))
                .isEqualTo(records().size());
    }

    @Test
    void shouldStoreEverySpineRecordFieldByFieldAsPublished() {
        importResource(FILE);

        for (NamedCsvRecord published : records()) {
            int urn = Integer.parseInt(published.getField("URN"));
            Map<String, Object> stored = new HashMap<>(
                    jdbc.sql("select * from school where urn = ?").param(urn).query().singleRow());
            stored.replaceAll((column, value) -> value instanceof java.sql.Date d ? d.toLocalDate() : value);
            assertThat(stored).as("school %s", urn)
                    .containsEntry("la_code", 330)
                    .containsEntry("laestab", Integer.parseInt(published.getField("LAESTAB")))
                    .containsEntry("name", published.getField("SCHNAME"))
                    .containsEntry("type_group", published.getField("MINORGROUP"))
                    .containsEntry("establishment_type", published.getField("NFTYPE"))
                    .containsEntry("open_date", date(published.getField("OPENDATE")))
                    .containsEntry("close_date", date(published.getField("CLOSEDATE")))
                    .containsEntry("statutory_low_age", Integer.parseInt(published.getField("AGEL")))
                    .containsEntry("statutory_high_age", Integer.parseInt(published.getField("AGEH")))
                    .containsEntry("gender", published.getField("GENDER"))
                    .containsEntry("religious_character", blankAsNull(published.getField("RELDENOM")))
                    .containsEntry("status", null);
        }
    }

    @Test
    void shouldDeriveResponsibilityFromTheMinorGroup() {
        importResource(FILE);

        List<Map<String, Object>> bodies = jdbc.sql("""
                select distinct type_group, establishment_type, responsible_body from school""").query().listOfRows();
        assertThat(bodies).isNotEmpty().allSatisfy(row -> {
            String group = (String) row.get("type_group");
            String type = (String) row.get("establishment_type");
            String expected = switch (group) {
                case "Maintained School" -> "LOCAL_AUTHORITY";
                case "Academy" -> "TRUST";
                case "Special School" -> type.startsWith("Academy") ? "TRUST"
                        : type.contains("independent") ? "OTHER" : "LOCAL_AUTHORITY";
                default -> "OTHER";
            };
            assertThat(row.get("responsible_body")).as("%s / %s", group, type).isEqualTo(expected);
        });
    }

    @Test
    void shouldLeaveTheLaNameToTheLookupWhenTheSpineHasNone() {
        importResource("2017-2018_la_and_region_codes_meta.csv");
        importResource(FILE);

        assertThat(jdbc.sql("select name || ' / ' || region_name from local_authority where la_code = 330")
                .query(String.class).single()).isEqualTo("Birmingham / West Midlands C");
    }

    @Test
    void shouldImportTheNationalSpineWorkbook() throws Exception {
        Assumptions.assumeTrue(Files.exists(NATIONAL), "the national workbook is in shared/data");
        List<Long> progress = new java.util.ArrayList<>();

        ImportReport report = imports.importBytes(NATIONAL.getFileName().toString(), Files.readAllBytes(NATIONAL),
                "test", (file, rows, percent) -> progress.add(rows));

        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.rowsRead()).isEqualTo(26078);
        assertThat(progress).contains(10_000L, 20_000L);
        assertThat(count("select count(*) from school where la_code = 330")).isEqualTo(503);
        // The workbook stores dates as serial numbers; they must come out as the CSV extract's ISO dates.
        for (NamedCsvRecord published : records()) {
            LocalDate open = date(published.getField("OPENDATE"));
            String stored = jdbc.sql("select coalesce(open_date::text, '') from school where urn = ?")
                    .param(Integer.parseInt(published.getField("URN"))).query(String.class).single();
            assertThat(stored).as("open date of %s", published.getField("URN"))
                    .isEqualTo(open == null ? "" : open.toString());
        }
        assertThat(count("select count(*) from school where responsible_body = 'UNKNOWN'")).isZero();
    }

    static List<NamedCsvRecord> records() {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(text(FILE))) {
            return reader.stream().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String blankAsNull(String value) {
        return value.isBlank() ? null : value;
    }

    private static LocalDate date(String value) {
        return value.isBlank() ? null : LocalDate.parse(value);
    }
}
