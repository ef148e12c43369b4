package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.inspection.InspectionFiles.KEY_JUDGEMENTS_2024_25;
import static org.schoolscope.inspection.InspectionFiles.REPORT_CARDS_2025;
import static org.schoolscope.inspection.InspectionFiles.importResource;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.inspection.InspectionFiles;
import org.schoolscope.inspection.InspectionTestConfiguration;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.RecordingSchoolRegister;
import org.schoolscope.inspection.domain.CategoryOfConcern;
import org.schoolscope.inspection.domain.EvaluationArea;
import org.schoolscope.inspection.domain.KeyJudgementArea;
import org.schoolscope.inspection.domain.KeyJudgementsInspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.inspection.domain.Safeguarding;
import org.schoolscope.inspection.domain.UngradedInspection;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 2024-25 and November 2025 layouts, for which no published file exists yet: CONSTRUCTED fixtures of fictional
 * schools (URNs 900001+) taken in through the layout YAML alone.
 */
@SpringBootTest
@Import(InspectionTestConfiguration.class)
class ConstructedLayoutsImportTest {

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
    void shouldImportKeyJudgementsWithoutAnOverallGrade() {
        ImportReport report = importResource(imports, KEY_JUDGEMENTS_2024_25);
        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("ofsted-key-judgements-2024-25");
        assertThat(report.counts().added()).isEqualTo(4);

        KeyJudgementsInspection primary = (KeyJudgementsInspection) inspections.latestGraded(new Urn(900001))
                .orElseThrow();
        assertThat(primary.keyJudgements()).isEqualTo(Map.of(
                KeyJudgementArea.QUALITY_OF_EDUCATION, OverallEffectiveness.GOOD,
                KeyJudgementArea.BEHAVIOUR_AND_ATTITUDES, OverallEffectiveness.GOOD,
                KeyJudgementArea.PERSONAL_DEVELOPMENT, OverallEffectiveness.OUTSTANDING,
                KeyJudgementArea.LEADERSHIP_AND_MANAGEMENT, OverallEffectiveness.GOOD,
                KeyJudgementArea.EARLY_YEARS, OverallEffectiveness.GOOD));
        assertThat(primary.safeguarding()).isEqualTo(Safeguarding.EFFECTIVE);
        assertThat(primary.facts().startDate()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(jdbc.sql("select overall_effectiveness from inspection where urn = 900001").query(Integer.class)
                .optional()).isEmpty();

        KeyJudgementsInspection academy = (KeyJudgementsInspection) inspections.latestGraded(new Urn(900003))
                .orElseThrow();
        assertThat(academy.categoryOfConcern()).isEqualTo(CategoryOfConcern.SPECIAL_MEASURES);
        assertThat(academy.safeguarding()).isEqualTo(Safeguarding.NOT_EFFECTIVE);
        assertThat(academy.facts().urnAtInspection()).isEqualTo(new Urn(900099));

        assertThat(inspections.latestGraded(new Urn(900004))).isEmpty();
        assertThat(inspections.history(new Urn(900004))).singleElement()
                .isInstanceOfSatisfying(UngradedInspection.class, u -> {
                    assertThat(u.outcome()).isEqualTo("School remains Good");
                    assertThat(u.convertedToGraded()).isFalse();
                });
        assertThat(register.last(900002)).get().satisfies(r -> {
            assertThat(r.asAt()).isEqualTo(LocalDate.of(2025, 7, 31));
            assertThat(r.facts().trustName()).isEqualTo("Constructed Test Academy Trust");
        });
    }

    @Test
    void shouldImportReportCardsWithEachEvaluationArea() {
        ImportReport report = importResource(imports, REPORT_CARDS_2025);
        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        assertThat(report.kind()).isEqualTo("ofsted-report-cards-2025");
        assertThat(report.counts().added()).isEqualTo(3);

        ReportCardInspection primary = (ReportCardInspection) inspections.latestGraded(new Urn(900011)).orElseThrow();
        assertThat(primary.evaluations()).isEqualTo(Map.of(
                EvaluationArea.INCLUSION, ReportCardGrade.STRONG_STANDARD,
                EvaluationArea.CURRICULUM_AND_TEACHING, ReportCardGrade.EXPECTED_STANDARD,
                EvaluationArea.ACHIEVEMENT, ReportCardGrade.EXPECTED_STANDARD,
                EvaluationArea.ATTENDANCE_AND_BEHAVIOUR, ReportCardGrade.STRONG_STANDARD,
                EvaluationArea.PERSONAL_DEVELOPMENT_AND_WELL_BEING, ReportCardGrade.EXCEPTIONAL,
                EvaluationArea.LEADERSHIP_AND_GOVERNANCE, ReportCardGrade.EXPECTED_STANDARD,
                EvaluationArea.EARLY_YEARS, ReportCardGrade.STRONG_STANDARD));
        assertThat(primary.safeguarding()).isEqualTo(Safeguarding.MET);

        ReportCardInspection academy = (ReportCardInspection) inspections.latestGraded(new Urn(900013)).orElseThrow();
        assertThat(academy.safeguarding()).isEqualTo(Safeguarding.NOT_MET);
        assertThat(academy.categoryOfConcern()).isEqualTo(CategoryOfConcern.SPECIAL_MEASURES);
        assertThat(academy.evaluations()).containsEntry(EvaluationArea.LEADERSHIP_AND_GOVERNANCE,
                ReportCardGrade.URGENT_IMPROVEMENT).doesNotContainKey(EvaluationArea.SIXTH_FORM);
        assertThat(register.recorded()).allSatisfy(r -> assertThat(r.asAt()).isEqualTo(LocalDate.of(2026, 1, 31)));
    }
}
