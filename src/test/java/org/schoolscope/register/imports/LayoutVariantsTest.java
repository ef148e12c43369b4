package org.schoolscope.register.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Collectors;
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
        String constructed = text(GiasEstablishmentImportTest.FILE).lines().map(line -> line.startsWith("\"URN\"")
                ? "\"TypeOfEstablishment (code)\",\"EstablishmentTypeGroup (code)\",\"EstablishmentStatus (code)\","
                        + line
                : "\"\",\"\",\"\"," + line).collect(Collectors.joining("\n", "", "\n"));

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
