package org.schoolscope.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.register.RegisterTestSupport;

/** GIAS groups and links, and DfE's LA lookup, on their real headers. */
class ReferenceDataImportTest extends RegisterTestSupport {

    static final String GROUPS = "gias_groups_20220329_extract.csv";
    static final String LINKS = "links_edubasealldata20250422_birmingham_related.csv";
    static final String LOOKUP = "2017-2018_la_and_region_codes_meta.csv";
    static final Path NATIONAL_LINKS = Path.of("/work/shared/data/national/links_edubasealldata20250422.csv.gz");

    @Test
    void shouldRecordEveryGroupAsPublished() {
        ImportReport report = importResource(GROUPS);

        assertThat(report.kind()).isEqualTo("gias-groups");
        List<NamedCsvRecord> published = records(GROUPS, Charset.forName("UTF-8"));
        assertThat(report.counts().added()).isEqualTo(published.size());
        for (NamedCsvRecord group : published) {
            Map<String, Object> stored = jdbc.sql("select * from school_group where group_uid = ?")
                    .param(Integer.parseInt(group.getField("Group UID"))).query().singleRow();
            assertThat(stored).as("group %s", group.getField("Group UID"))
                    .containsEntry("name", group.getField("Group Name"))
                    .containsEntry("group_type", group.getField("Group Type"))
                    .containsEntry("status", group.getField("Group Status"))
                    .containsEntry("group_id", blankAsNull(group.getField("Group ID")))
                    .containsEntry("companies_house_number", blankAsNull(group.getField("Companies House Number")))
                    .containsEntry("opened_on", sqlDate(group.getField("Open date")))
                    .containsEntry("closed_on", sqlDate(group.getField("Closed Date")));
        }
    }

    @Test
    void shouldCountGroupsUnchangedInANewerIdenticalDownload() {
        importResource(GROUPS);

        ImportReport newer = imports.importBytes("gias_groups_20220401.csv",
                (text(GROUPS) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "test", ImportProgress.SILENT);

        assertThat(newer.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(newer.counts().unchanged()).isEqualTo(newer.rowsRead());
    }

    @Test
    void shouldRecordBirminghamLinksFromAWindows1252File() {
        ImportReport report = importResource(LINKS);

        assertThat(report.kind()).isEqualTo("gias-links");
        assertThat(report.counts().added()).isEqualTo(618);
        assertThat(jdbc.sql("""
                select linked_name || ' / ' || link_type || ' / ' || established_on from school_link
                where urn = 103149 and linked_urn = 137796""").query(String.class).single())
                .isEqualTo("Selly Oak Nursery School / Successor / 2011-12-31");
        assertThat(importResource(LINKS).outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
    }

    @Test
    void shouldRecordTheNationalLinksWithTheirWindows1252Names() throws Exception {
        Assumptions.assumeTrue(Files.exists(NATIONAL_LINKS), "the national links file is in shared/data");
        importResource(LINKS);

        ImportReport report = imports.importBytes(NATIONAL_LINKS.getFileName().toString(),
                Files.readAllBytes(NATIONAL_LINKS), "test", ImportProgress.SILENT);

        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.rowsRead()).isEqualTo(33801);
        assertThat(report.counts().unchanged()).isEqualTo(618);
        assertThat(report.counts().added()).isEqualTo(33801 - 618);
        assertThat(jdbc.sql("select linked_name from school_link where urn = 108299 and linked_urn = 138950")
                .query(String.class).single()).isEqualTo("St Thomas à Becket Catholic Secondary School, A Voluntary Academy");
    }

    @Test
    void shouldRecordLocalAuthoritiesAndTheirRegions() {
        ImportReport report = importResource(LOOKUP);

        assertThat(report.kind()).isEqualTo("la-region-codes");
        assertThat(report.counts().added()).isEqualTo(records(LOOKUP, Charset.forName("UTF-8")).size());
        assertThat(jdbc.sql("select * from local_authority where la_code = 850").query().singleRow())
                .containsEntry("name", "Hampshire").containsEntry("region_code", "37")
                .containsEntry("region_name", "South East B");
    }

    static List<NamedCsvRecord> records(String name, Charset charset) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(new String(resource(name), charset))) {
            return reader.stream().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String blankAsNull(String value) {
        return value.isBlank() ? null : value;
    }

    /** GIAS writes 1900-01-01 for a date it does not know. */
    private static java.sql.Date sqlDate(String value) {
        if (value.isBlank() || value.equals("1900-01-01")) {
            return null;
        }
        return java.sql.Date.valueOf(LocalDate.parse(value));
    }
}
