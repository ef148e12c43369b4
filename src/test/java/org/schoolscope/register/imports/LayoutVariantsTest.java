package org.schoolscope.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.register.RegisterTestSupport;

/**
 * Layouts no real file here shows, made by CONSTRUCTING files from real extracts: only header names are changed
 * or empty code columns added, no value is invented. They show that a layout change is taken on by
 * {@code register/layouts.yml} alone.
 */
class LayoutVariantsTest extends RegisterTestSupport {

    @Test
    void shouldRecogniseTheFullEdubaseAllDataLayoutByItsCodeColumns() {
        // The search download lets its last column, "Linked establishments", run over several fields; the full
        // download's rows are exact, so the constructed file holds each row's links in that one field.
        StringWriter text = new StringWriter();
        List<List<String>> records = new ArrayList<>();
        CsvReader.builder().allowExtraFields(true).ofCsvRecord(text(GiasEstablishmentImportTest.FILE))
                .forEach(record -> records.add(record.getFields()));
        int columns = records.get(0).size();
        try (CsvWriter writer = CsvWriter.builder().build(text)) {
            for (List<String> record : records) {
                List<String> row = new ArrayList<>(record == records.get(0)
                        ? List.of("TypeOfEstablishment (code)", "EstablishmentTypeGroup (code)",
                                "EstablishmentStatus (code)")
                        : List.of("", "", ""));
                row.addAll(record.subList(0, columns - 1));
                row.add(String.join(", ", record.subList(columns - 1, record.size())));
                writer.writeRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String constructed = text.toString();

        ImportReport report = importText("edubasealldata20220420.csv", constructed);

        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("gias-establishments-all");
        assertThat(report.counts().added()).isEqualTo(GiasEstablishmentImportTest.records().size());
        assertThat(jdbc.sql("select as_at from import_batch").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2022, 4, 20));
        assertThat(jdbc.sql("select name || ' / ' || establishment_type || ' / ' || responsible_body from school "
                + "where urn = 115850").query(String.class).single())
                .isEqualTo("Alton Infant School / Community school / LOCAL_AUTHORITY");
    }

    @Test
    void shouldReadTheSpineUnderThe2018To19ColumnNames() {
        String spine = SpineImportTest.FILE;
        String[] lines = text(spine).split("\n", 2);
        String renamedHeader = lines[0].replace("NFTYPE", "SCHOOLTYPE").replace("AGEL,", "AGELOW,")
                .replace("AGEH,", "AGEHIGH,").replace("RELDENOM", "RELCHAR");
        assertThat(renamedHeader).contains("SCHOOLTYPE", "AGELOW", "AGEHIGH", "RELCHAR").doesNotContain("NFTYPE");

        ImportReport report = importText("2018-2019_england_spine.csv", renamedHeader + "\n" + lines[1]);

        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("school-information-spine");
        assertThat(jdbc.sql("select academic_year from import_batch").query(String.class).single()).isEqualTo("2018-19");
        assertThat(jdbc.sql("select establishment_type || ' ' || statutory_low_age || '-' || statutory_high_age "
                + "from school where urn = 103157").query(String.class).single()).isEqualTo("Community school 3-11");
    }

    @Test
    void shouldRefuseASpineWhoseNameDoesNotSayItsYear() {
        ImportReport report = importText("england_spine.csv", text(SpineImportTest.FILE));

        assertThat(report.rejected()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("NO_ACADEMIC_YEAR"));
        assertThat(count("select count(*) from school")).isZero();
    }
}
