package org.schoolscope.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.register.RegisterTestSupport;

class GiasEstablishmentImportTest extends RegisterTestSupport {

    static final String FILE = "gias_establishments_20220420_la850_hampshire_extract.csv";

    @Test
    void shouldRecordEverySchoolInTheGiasSearchDownload() {
        ImportReport report = importResource(FILE);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("gias-establishments-search");
        assertThat(report.rowsRead()).isEqualTo(records().size());
        assertThat(report.counts().added()).isEqualTo(records().size());
        assertThat(count("select count(*) from school where la_code = 850")).isEqualTo(records().size());
        assertThat(count("select count(*) from school_record")).isEqualTo(records().size());
        assertThat(jdbc.sql("select as_at from import_batch").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2022, 4, 20));
        assertThat(jdbc.sql("select name from local_authority where la_code = 850").query(String.class).single())
                .isEqualTo("Hampshire");
    }

    @Test
    void shouldStoreASampleOfSchoolsFieldByFieldAsPublished() {
        importResource(FILE);
        List<NamedCsvRecord> sample = new ArrayList<>(records());
        Collections.shuffle(sample, new Random(20220420));

        for (NamedCsvRecord published : sample.subList(0, 15)) {
            Map<String, Object> stored = storedSchool(Integer.parseInt(published.getField("URN")));
            String urn = published.getField("URN");
            assertThat(stored).as("school %s", urn)
                    .containsEntry("laestab", 850 * 10000 + Integer.parseInt(published.getField("EstablishmentNumber")))
                    .containsEntry("la_code", Integer.parseInt(published.getField("LA (code)")))
                    .containsEntry("name", published.getField("EstablishmentName"))
                    .containsEntry("establishment_type", text(published, "TypeOfEstablishment (name)"))
                    .containsEntry("type_group", text(published, "EstablishmentTypeGroup (name)"))
                    .containsEntry("status", text(published, "EstablishmentStatus (name)"))
                    .containsEntry("phase", text(published, "PhaseOfEducation (name)"))
                    .containsEntry("open_date", date(published, "OpenDate"))
                    .containsEntry("close_date", date(published, "CloseDate"))
                    .containsEntry("statutory_low_age", number(published, "StatutoryLowAge"))
                    .containsEntry("statutory_high_age", number(published, "StatutoryHighAge"))
                    .containsEntry("number_of_pupils", number(published, "NumberOfPupils"))
                    .containsEntry("gender", text(published, "Gender (name)"))
                    .containsEntry("religious_character", text(published, "ReligiousCharacter (name)"))
                    .containsEntry("trust_name", text(published, "Trusts (name)"))
                    .containsEntry("federation_name", text(published, "Federations (name)"))
                    .containsEntry("constituency", text(published, "ParliamentaryConstituency (name)"))
                    .containsEntry("ward", text(published, "AdministrativeWard (name)"))
                    .containsEntry("responsible_body",
                            switch (published.getField("EstablishmentTypeGroup (name)")) {
                                case "Local authority maintained schools" -> "LOCAL_AUTHORITY";
                                case "Academies", "Free Schools" -> "TRUST";
                                default -> "OTHER";
                            });
        }
    }

    @Test
    void shouldImportTheWholePublishedHampshireFileIncludingRowsWithSeveralLinks() throws Exception {
        java.nio.file.Path whole = java.nio.file.Path.of(
                "/work/shared/data/gias-establishments/gias_establishments_20220420_la850_hampshire.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(whole), "shared/data is present");

        ImportReport report = imports.importFile(whole, "test", org.schoolscope.ingest.ImportProgress.SILENT);

        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.counts().added()).isEqualTo(520);
        // 116018 is published with two links spilling past the header; the columns before them still line up.
        assertThat(storedSchool(116018)).containsEntry("la_code", 850)
                .containsEntry("responsible_body", "LOCAL_AUTHORITY").containsEntry("status", "Closed")
                .containsEntry("close_date", LocalDate.of(2020, 10, 31))
                .containsEntry("constituency", "East Hampshire").containsEntry("ward", "Whitehill Chase");
    }

    @Test
    void shouldKnowWhoIsResponsibleForEverySchoolInTheFile() {
        importResource(FILE);

        assertThat(count("select count(*) from school where responsible_body = 'UNKNOWN'")).isZero();
        assertThat(count("select count(*) from school where type_group = 'Academies' and responsible_body = 'TRUST'"))
                .isEqualTo(records().stream().filter(r -> r.getField("EstablishmentTypeGroup (name)").equals("Academies"))
                        .count());
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
        importResource(FILE);
        long history = count("select count(*) from school_record");

        ImportReport again = importResource(FILE);

        assertThat(again.outcome()).isEqualTo(ImportReport.Outcome.ALREADY_IMPORTED);
        assertThat(count("select count(*) from school_record")).isEqualTo(history);
        assertThat(count("select count(*) from import_batch")).isEqualTo(1);
    }

    @Test
    void shouldCountSchoolsUnchangedWhenANewerFileChangesOnlyWhatTheRegisterDoesNotKeep() {
        importResource(FILE);
        NamedCsvRecord school = openSchool();
        String newHead = text(FILE).replace("\"" + school.getField("HeadLastName") + "\"", "\"Someone-Else\"");

        ImportReport newer = importText(FILE.replace("20220420", "20220501"), newHead);

        assertThat(newer.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(newer.counts().unchanged()).isEqualTo(records().size());
        assertThat(newer.counts().added() + newer.counts().changed()).isZero();
        assertThat(count("select count(*) from school_record")).isEqualTo(records().size());
    }

    @Test
    void shouldUpdateTheCurrentPictureWithoutHistoryWhenOnlyPupilNumbersChange() {
        importResource(FILE);
        NamedCsvRecord school = records().stream().filter(r -> !r.getField("NumberOfPupils").isEmpty())
                .findFirst().orElseThrow();
        String line = text(FILE).lines().filter(l -> l.startsWith(school.getField("URN") + ",")).findFirst()
                .orElseThrow();
        String pupils = "\"" + school.getField("NumberOfPupils") + "\"";
        String changedLine = line.replaceFirst(java.util.regex.Pattern.quote(pupils), "\"9999\"");

        ImportReport newer = importText(FILE.replace("20220420", "20220501"), text(FILE).replace(line, changedLine));

        assertThat(newer.counts().changed()).isEqualTo(1);
        int urn = Integer.parseInt(school.getField("URN"));
        assertThat(storedSchool(urn)).containsEntry("number_of_pupils", 9999);
        assertThat(count("select count(*) from school_record where urn = ?", urn)).isEqualTo(1);
    }

    @Test
    void shouldAddHistoryWhenANewerFileChangesASchool() {
        importResource(FILE);
        NamedCsvRecord school = openSchool();
        String renamed = text(FILE).replace("\"" + school.getField("EstablishmentName") + "\"",
                "\"" + school.getField("EstablishmentName") + " (renamed)\"");

        ImportReport newer = importText(FILE.replace("20220420", "20230105"), renamed);

        assertThat(newer.counts().changed()).isEqualTo(1);
        assertThat(newer.counts().unchanged()).isEqualTo(records().size() - 1);
        int urn = Integer.parseInt(school.getField("URN"));
        assertThat(jdbc.sql("select name from school where urn = ?").param(urn).query(String.class).single())
                .isEqualTo(school.getField("EstablishmentName") + " (renamed)");
        assertThat(jdbc.sql("select as_at || ' ' || name from school_record where urn = ? order by as_at").param(urn)
                .query(String.class).list()).containsExactly(
                        "2022-04-20 " + school.getField("EstablishmentName"),
                        "2023-01-05 " + school.getField("EstablishmentName") + " (renamed)");
    }

    @Test
    void shouldKeepTheCurrentPictureWhenAnOlderFileSaysSomethingElse() {
        importResource(FILE);
        NamedCsvRecord school = openSchool();
        String older = text(FILE).replace("\"" + school.getField("EstablishmentName") + "\"",
                "\"" + school.getField("EstablishmentName") + " (old name)\"");

        ImportReport report = importText(FILE.replace("20220420", "20190301"), older);

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        int urn = Integer.parseInt(school.getField("URN"));
        assertThat(jdbc.sql("select name from school where urn = ?").param(urn).query(String.class).single())
                .isEqualTo(school.getField("EstablishmentName"));
        assertThat(jdbc.sql("select as_at || ' ' || name from school_record where urn = ? order by as_at").param(urn)
                .query(String.class).list()).containsExactly(
                        "2019-03-01 " + school.getField("EstablishmentName") + " (old name)",
                        "2022-04-20 " + school.getField("EstablishmentName"));
    }

    @Test
    void shouldDateAFileWithoutADateInItsNameByItsLatestChange() {
        ImportReport report = importText("establishments.csv", text(FILE));

        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.IMPORTED);
        LocalDate latest = records().stream().map(r -> date(r, "LastChangedDate")).filter(d -> d != null)
                .max(LocalDate::compareTo).orElseThrow();
        assertThat(jdbc.sql("select as_at from import_batch").query(LocalDate.class).single()).isEqualTo(latest);
    }

    static List<NamedCsvRecord> records() {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().allowExtraFields(true).ofNamedCsvRecord(text(FILE))) {
            return reader.stream().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, Object> storedSchool(int urn) {
        Map<String, Object> row = new java.util.HashMap<>(
                jdbc.sql("select * from school where urn = ?").param(urn).query().singleRow());
        row.replaceAll((column, value) -> value instanceof java.sql.Date date ? date.toLocalDate() : value);
        return row;
    }

    private static NamedCsvRecord openSchool() {
        return records().stream().filter(r -> r.getField("EstablishmentStatus (name)").equals("Open")).findFirst()
                .orElseThrow();
    }

    private static String text(NamedCsvRecord record, String column) {
        String value = record.getField(column).trim();
        return value.isEmpty() ? null : value;
    }

    private static Integer number(NamedCsvRecord record, String column) {
        String value = text(record, column);
        return value == null ? null : Integer.valueOf(value);
    }

    private static LocalDate date(NamedCsvRecord record, String column) {
        String value = text(record, column);
        if (value == null) {
            return null;
        }
        LocalDate date = LocalDate.parse(value, DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        return date.getYear() == 1900 ? null : date;
    }
}
