package org.schoolscope.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.correspondence.CorrespondenceFixtures.GOOD_PRIMARY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.GOOD_SECONDARY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.INADEQUATE_ACADEMY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.INADEQUATE_PRIMARY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly report's numbers on the small fictional council, worked out by hand from the fixture: in October 2026
 * Alder (420 pupils) was judged Inadequate and Cedar (900) Good; Birch (300) was Good in 2023. The academy counts
 * nowhere. Alder is below the primary standard (48% and reading progress -6.1), Cedar below the secondary one
 * (Progress 8 -0.81).
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonthlyReportTest {

    private static final LaCode COUNCIL = new LaCode(330);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    MonthlyReports reports;

    @BeforeEach
    void loadTheFictionalCouncil() {
        CorrespondenceFixtures.load(jdbc);
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldCountMaintainedSchoolsGoodOrBetterAndTheirPupilsAtTheMonthsEnd() {
        MonthlyReport october = reports.report(COUNCIL, OCTOBER, org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(october.goodOrBetter()).isEqualTo(new MonthlyReport.GoodOrBetter(3, 3, 2, 1200, 1620));
        assertThat(october.goodOrBetter().share()).isEqualByComparingTo(new BigDecimal("66.7"));

        // At the end of September Alder's latest graded inspection was still its Good of 2021, and Cedar had none.
        MonthlyReport september = reports.report(COUNCIL, OCTOBER.minusMonths(1), org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(september.goodOrBetter()).isEqualTo(new MonthlyReport.GoodOrBetter(3, 2, 2, 720, 1620));
        assertThat(september.goodOrBetter().share()).isEqualByComparingTo(new BigDecimal("100.0"));
    }

    @Test
    void shouldListTheMonthsInspectionsOfMaintainedSchoolsOnly() {
        MonthlyReport october = reports.report(COUNCIL, OCTOBER, org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(october.inspections()).extracting(inspection -> inspection.urn().value(),
                MonthlyReport.InspectionOutcome::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(INADEQUATE_PRIMARY, "Inadequate (special measures)"),
                        org.assertj.core.groups.Tuple.tuple(GOOD_SECONDARY, "Good"));
        assertThat(reports.report(COUNCIL, YearMonth.of(2025, 1), org.schoolscope.testing.TestUsers.officer("test")).inspections()).isEmpty();
    }

    @Test
    void shouldFindSchoolsBelowTheStandardsWithTheirPupilsAndFigures() {
        MonthlyReport october = reports.report(COUNCIL, OCTOBER, org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(october.primaryBelowStandard()).extracting(below -> below.school().urn().value())
                .containsExactly(INADEQUATE_PRIMARY);
        assertThat(october.primaryBelowStandardPupils()).isEqualTo(420);
        assertThat(october.primaryBelowStandard().get(0).evidence()).containsExactly(
                "Reading, writing and maths at the expected standard (%) 48, below 65 (2024-25, "
                        + CorrespondenceFixtures.SOURCE + ")",
                "Reading progress -6.1, below -5 (2024-25, " + CorrespondenceFixtures.SOURCE + ")");
        assertThat(october.secondaryBelowStandard()).extracting(below -> below.school().urn().value())
                .containsExactly(GOOD_SECONDARY);
        assertThat(october.secondaryBelowStandardPupils()).isEqualTo(900);
    }

    @Test
    void shouldShowWhoJoinedTheListSinceTheRunThatStoodAtTheStartOfTheMonth() {
        assertThat(reports.report(COUNCIL, OCTOBER, org.schoolscope.testing.TestUsers.officer("test")).currentRun()).isNull();
        AssessmentRun run = runs.run(COUNCIL, "test");
        YearMonth month = YearMonth.from(run.dataAsOf());
        MonthlyReport report = reports.report(COUNCIL, month, org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(report.previousRun()).isNull();
        assertThat(report.currentRun().id()).isEqualTo(run.id());
        assertThat(report.movedOn()).extracting(change -> change.urn().value()).contains(INADEQUATE_PRIMARY)
                .doesNotContain(GOOD_PRIMARY, INADEQUATE_ACADEMY);
        assertThat(report.movedOff()).isEmpty();

        // A month later the same run stood at both ends: nobody moved.
        MonthlyReport next = reports.report(COUNCIL, month.plusMonths(1), org.schoolscope.testing.TestUsers.officer("test"));
        assertThat(next.previousRun().id()).isEqualTo(run.id());
        assertThat(next.movedOn()).isEmpty();
        assertThat(next.movedOff()).isEmpty();
    }

    @Test
    void shouldOfferTheSameNumbersAsPageXlsxAndPdfToAnAnalyst() throws Exception {
        String page = mvc.perform(get("/correspondence/monthly-report").param("month", "2026-10")
                .with(user("analyst").roles("ANALYST"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Monthly report to the commissioner: October 2026")
                .contains("<dd class=\"govuk-summary-list__value\" id=\"good-schools\">2 (66.7% of those with a graded inspection)</dd>")
                .contains("1,200 of 1,620 pupils in maintained schools")
                .contains("Primary schools below the standard: 1, with 420 pupils")
                .contains("Secondary schools below the standard: 1, with 900 pupils");

        byte[] xlsx = mvc.perform(get("/correspondence/monthly-report.xlsx").param("month", "2026-10")
                .with(user("dcs").roles("DCS"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Map<String, String> summary = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getFirstSheet();
            for (Row row : sheet.read()) {
                summary.put(row.getCellText(0), row.getCellCount() > 1 ? row.getCellText(1) : "");
            }
        }
        assertThat(summary).containsEntry("Maintained schools Good or better", "2")
                .containsEntry("Share Good or better (% of those with a graded inspection)", "66.7")
                .containsEntry("Pupils in maintained schools Good or better", "1200")
                .containsEntry("Primary schools below the standard", "1")
                .containsEntry("Pupils in secondary schools below the standard", "900");

        byte[] pdf = mvc.perform(get("/correspondence/monthly-report.pdf").param("month", "2026-10")
                .with(user("board").roles("BOARD"))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.squeezed(pdf)).contains(PdfText.squeeze("2 (66.7% of those with a graded inspection)"))
                .contains(PdfText.squeeze("Fictional Alder Primary School"))
                .contains(PdfText.squeeze("Primary schools below the standard: 1, with 420 pupils"));
    }

    /** Issue 14, item 4: the report sent for a month is kept, and shown later exactly as sent, whatever changed. */
    @Test
    void shouldKeepTheReportSentForAMonthAndShowItAsSentAfterTheDataChanges() throws Exception {
        mvc.perform(post("/correspondence/monthly-report/sent").param("month", "2026-10").with(csrf())
                .with(user("olive.officer").roles("OFFICER")))
                .andExpect(redirectedUrl("/correspondence/monthly-report?month=2026-10#sent"));
        byte[] asSent = mvc.perform(get("/correspondence/monthly-report/sent.pdf").param("month", "2026-10")
                .with(user("dcs").roles("DCS"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.squeezed(asSent)).contains(PdfText.squeeze("2 (66.7% of those with a graded inspection)"));
        assertThat(jdbc.sql("select pdf_sha256 from sent_report where month = '2026-10'").query(String.class).single())
                .isEqualTo(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(asSent)));

        // The good primary school's inspection turns out never to have been: today's report counts one school.
        jdbc.sql("delete from inspection_judgement where inspection_id in (select id from inspection where urn = ?)")
                .param(GOOD_PRIMARY).update();
        jdbc.sql("delete from inspection where urn = ?").param(GOOD_PRIMARY).update();
        byte[] now = mvc.perform(get("/correspondence/monthly-report.pdf").param("month", "2026-10")
                .with(user("dcs").roles("DCS"))).andReturn().getResponse().getContentAsByteArray();
        assertThat(PdfText.squeezed(now)).doesNotContain(PdfText.squeeze("2 (66.7% of those with a graded inspection)"));

        mvc.perform(post("/correspondence/monthly-report/sent").param("month", "2026-10").with(csrf())
                .with(user("olive.officer").roles("OFFICER"))).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/correspondence/monthly-report/sent.pdf").param("month", "2026-10")
                .with(user("analyst").roles("ANALYST"))).andReturn().getResponse().getContentAsByteArray())
                .as("sent once; the second time answers the first").isEqualTo(asSent);
        assertThat(mvc.perform(get("/correspondence/monthly-report").param("month", "2026-10")
                .with(user("dcs").roles("DCS"))).andReturn().getResponse().getContentAsString())
                .contains("Recorded as sent to the commissioner on", "by olive.officer", "id=\"download-sent\"")
                .doesNotContain("id=\"send-report\"");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'monthly-report' and action = 'send'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/correspondence/monthly-report/sent.pdf").param("month", "2026-09")
                .with(user("dcs").roles("DCS"))).andExpect(status().isNotFound());
    }

    @Test
    void shouldAskAgainForAMonthThatIsNotOne() throws Exception {
        String page = mvc.perform(get("/correspondence/monthly-report").param("month", "October")
                .with(user("officer").roles("OFFICER"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("govuk-error-summary", "href=\"#month\"",
                "Enter the month as year and month, for example 2026-10");
        mvc.perform(get("/correspondence/monthly-report.pdf").param("month", "October")
                .with(user("officer").roles("OFFICER"))).andExpect(status().isNotFound());
    }
}
