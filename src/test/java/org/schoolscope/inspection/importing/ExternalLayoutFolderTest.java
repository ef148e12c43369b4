package org.schoolscope.inspection.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.FileImporter;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.inspection.InspectionTestConfiguration;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.domain.EvaluationArea;
import org.schoolscope.inspection.domain.ReportCardGrade;
import org.schoolscope.inspection.domain.ReportCardInspection;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The first real file of a layout can differ from the expected one: a corrected layout dropped into the external
 * folder replaces the packed one of the same kind, and the file imports with no code change. The file here is
 * CONSTRUCTED (fictional school 900021) with column names and codes deliberately unlike the packed layout's.
 */
@SpringBootTest
@Import(InspectionTestConfiguration.class)
class ExternalLayoutFolderTest {

    private static final String CORRECTED_LAYOUT = """
            kind: ofsted-report-cards-2025
            title: Ofsted report cards (corrected from the first real file)
            signature: [URN, Report card inspection ID, Inclusion grade]
            school: {urn: URN, name: Provider name}
            codes:
              reportCardGrades: {"1": EXCEPTIONAL, "2": STRONG_STANDARD, "3": EXPECTED_STANDARD,
                                 "4": NEEDS_ATTENTION, "5": URGENT_IMPROVEMENT}
              noJudgement: ["NULL"]
              safeguarding: {"Met": MET, "Not met": NOT_MET}
            inspections:
              - section: report card inspection
                framework: REPORT_CARD
                number: Report card inspection ID
                startDate: First day of inspection
                publicationDate: Report published
                safeguarding: Safeguarding standards
                judgements:
                  INCLUSION: Inclusion grade
                  CURRICULUM_AND_TEACHING: Curriculum and teaching grade
                  ACHIEVEMENT: Achievement grade
                  ATTENDANCE_AND_BEHAVIOUR: Attendance and behaviour grade
                  PERSONAL_DEVELOPMENT_AND_WELL_BEING: Personal development and well-being grade
                  LEADERSHIP_AND_GOVERNANCE: Leadership and governance grade
                  EARLY_YEARS: Early years grade
                  SIXTH_FORM: Sixth form grade
            """;

    private static final String CONSTRUCTED_FILE = "URN,Provider name,Report card inspection ID,"
            + "First day of inspection,Report published,Inclusion grade,Curriculum and teaching grade,"
            + "Achievement grade,Attendance and behaviour grade,Personal development and well-being grade,"
            + "Leadership and governance grade,Early years grade,Sixth form grade,Safeguarding standards\r\n"
            + "900021,Constructed Test External Layout School,90002101,01/12/2025,12/01/2026,2,3,3,2,1,3,NULL,NULL,Met\r\n";

    @DynamicPropertySource
    static void layoutsFolder(DynamicPropertyRegistry registry) {
        try {
            Path folder = Files.createTempDirectory("inspection-layouts");
            Files.writeString(folder.resolve("ofsted-report-cards-2025.yaml"), CORRECTED_LAYOUT);
            registry.add("schoolscope.inspection.layouts-folder", folder::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    ImportService imports;

    @Autowired
    Inspections inspections;

    @Test
    void shouldTakeInANewLayoutFromTheExternalFolderWithoutCode() {
        assertThat(imports.importers()).filteredOn(i -> i.kind().equals("ofsted-report-cards-2025"))
                .singleElement().extracting(FileImporter::title)
                .isEqualTo("Ofsted report cards (corrected from the first real file)");

        ImportReport report = imports.importBytes("CONSTRUCTED_report_cards_as_at_31_Jan_2026.csv",
                CONSTRUCTED_FILE.getBytes(StandardCharsets.UTF_8), "test", ImportProgress.SILENT);
        assertThat(report.outcome()).as(report.summary()).isEqualTo(ImportReport.Outcome.IMPORTED);
        ReportCardInspection card = (ReportCardInspection) inspections.latestGraded(new Urn(900021)).orElseThrow();
        assertThat(card.evaluations()).hasSize(6)
                .containsEntry(EvaluationArea.PERSONAL_DEVELOPMENT_AND_WELL_BEING, ReportCardGrade.EXCEPTIONAL)
                .containsEntry(EvaluationArea.CURRICULUM_AND_TEACHING, ReportCardGrade.EXPECTED_STANDARD);
    }

    @Test
    void shouldStillOfferThePackedLayouts() {
        assertThat(imports.importers()).extracting(FileImporter::kind).contains("ofsted-state-funded-schools-outcomes",
                "dfe-performance-tables-ofsted", "ofsted-key-judgements-2024-25");
    }
}
