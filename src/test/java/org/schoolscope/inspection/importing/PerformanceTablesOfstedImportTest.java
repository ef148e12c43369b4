package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.inspection.InspectionFiles.OUTCOMES_2023;
import static org.schoolscope.inspection.InspectionFiles.PERFORMANCE_TABLES_2018_CSV;
import static org.schoolscope.inspection.InspectionFiles.PERFORMANCE_TABLES_2018_WORKBOOK;
import static org.schoolscope.inspection.InspectionFiles.count;
import static org.schoolscope.inspection.InspectionFiles.importResource;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.inspection.InspectionFiles;
import org.schoolscope.inspection.InspectionTestConfiguration;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.RecordingSchoolRegister;
import org.schoolscope.inspection.domain.Inspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** DfE's performance-tables Ofsted file (no inspection number), as the Birmingham CSV and as the England workbook. */
@SpringBootTest
@Import(InspectionTestConfiguration.class)
class PerformanceTablesOfstedImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    Inspections inspections;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSchoolRegister register;

    @BeforeEach
    void emptyDatabase() {
        InspectionFiles.clear(jdbc);
        register.clear();
    }

    @Test
    void shouldReadTheBirminghamCsvAsPublished() {
        ImportReport report = importResource(imports, PERFORMANCE_TABLES_2018_CSV);
        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("dfe-performance-tables-ofsted");
        assertThat(report.counts().added()).isEqualTo(34);
        // CSV row: 103146,City of Birmingham School,PRU,2018-03-15,2018-04-18,3,Report
        SingleGradeInspection cityOfBirmingham = (SingleGradeInspection) inspections.latestGraded(new Urn(103146)).orElseThrow();
        assertThat(cityOfBirmingham.facts().inspectionNumber()).isNull();
        assertThat(cityOfBirmingham.facts().endDate()).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(cityOfBirmingham.facts().publicationDate()).isEqualTo(LocalDate.of(2018, 4, 18));
        assertThat(cityOfBirmingham.overallEffectiveness()).isEqualTo(OverallEffectiveness.REQUIRES_IMPROVEMENT);
        assertThat(cityOfBirmingham.keyJudgements()).isEmpty();
        assertThat(cityOfBirmingham.key().value()).isEqualTo("GRADED@2018-03-15");
        assertThat(register.recorded()).allSatisfy(r -> assertThat(r.asAt()).isEqualTo(LocalDate.of(2018, 7, 31)));
        assertThat(register.last(103146)).get().satisfies(r -> {
            assertThat(r.facts().name()).isEqualTo("City of Birmingham School");
            assertThat(r.facts().phase()).isEqualTo("PRU");
            assertThat(r.facts().laestab()).isNull();
        });
    }

    @Test
    void shouldRecordTheSameInspectionFromTheCsvAndTheWorkbookOnce() {
        importResource(imports, PERFORMANCE_TABLES_2018_CSV);
        List<Inspection> before = inspections.history(new Urn(103146));

        ImportReport workbook = importResource(imports, PERFORMANCE_TABLES_2018_WORKBOOK);
        assertThat(workbook.outcome()).as(workbook.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(workbook.kind()).isEqualTo("dfe-performance-tables-ofsted");
        // The workbook's two London schools are new; its 34 Birmingham rows are the CSV's inspections.
        assertThat(workbook.counts().added()).isEqualTo(2);
        assertThat(workbook.counts().unchanged()).isEqualTo(34);
        assertThat(workbook.counts().changed()).isZero();
        assertThat(count(jdbc, "inspection")).isEqualTo(36);
        assertThat(inspections.history(new Urn(103146))).isEqualTo(before);
        // Workbook row 2: 100000, Sir John Cass's Foundation Primary School, dates as Excel serials 41383 and 41408.
        SingleGradeInspection london = (SingleGradeInspection) inspections.latestGraded(new Urn(100000)).orElseThrow();
        assertThat(london.facts().endDate()).isEqualTo(LocalDate.of(2013, 4, 19));
        assertThat(london.facts().publicationDate()).isEqualTo(LocalDate.of(2013, 5, 14));
        assertThat(london.overallEffectiveness()).isEqualTo(OverallEffectiveness.OUTSTANDING);
    }

    @Test
    void shouldAddTheLaterFilesInspectionsAndKeepTheEarlierOnes() {
        importResource(imports, PERFORMANCE_TABLES_2018_CSV);
        ImportReport later = importResource(imports, OUTCOMES_2023);
        assertThat(later.outcome()).as(later.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(later.counts().changed()).as("2018 inspections the 2023 file numbers").isPositive();

        // 103146: the 2018 file's inspection (ending 15 March 2018) is the 2023 file's previous graded inspection.
        List<Inspection> cityOfBirmingham = inspections.history(new Urn(103146));
        assertThat(cityOfBirmingham).filteredOn(Inspection::isGraded).extracting(i -> i.facts().inspectionNumber())
                .containsExactly("10202640", "10044267");
        SingleGradeInspection previous = (SingleGradeInspection) cityOfBirmingham.stream()
                .filter(i -> "10044267".equals(i.facts().inspectionNumber())).findFirst().orElseThrow();
        assertThat(previous.key().value()).isEqualTo("GRADED:10044267");
        assertThat(previous.facts().endDate()).isEqualTo(LocalDate.of(2018, 3, 15));
        assertThat(previous.facts().startDate()).isNotNull();

        // 103123: the 2018 file's date is in neither of the 2023 file's graded inspections; it stays in the history.
        assertThat(inspections.history(new Urn(103123))).extracting(i -> i.key().value())
                .contains("GRADED@2018-02-07", "GRADED:ITS400584", "GRADED:ITS336012");

        // 103165 closed before 2023: its history is untouched by a file that no longer lists it.
        assertThat(inspections.history(new Urn(103165))).hasSize(1);
    }

    @Test
    void shouldRecognizeEarlierInspectionsKnownByNumberWhenTheOlderFileArrivesSecond() {
        importResource(imports, OUTCOMES_2023);
        long stored = count(jdbc, "inspection");
        ImportReport older = importResource(imports, PERFORMANCE_TABLES_2018_CSV);
        assertThat(older.outcome()).as(older.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(inspections.history(new Urn(103146))).filteredOn(Inspection::isGraded).hasSize(2);
        assertThat(count(jdbc, "inspection")).isEqualTo(stored + older.counts().added());
        assertThat(older.counts().unchanged()).isPositive();
    }
}
