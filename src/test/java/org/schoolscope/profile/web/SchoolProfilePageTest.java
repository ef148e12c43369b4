package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.fixtures.FigureFixture;
import org.schoolscope.profile.fixtures.ImportBatchFixture;
import org.schoolscope.profile.fixtures.InspectionFixture;
import org.schoolscope.profile.fixtures.ReadModelTables;
import org.schoolscope.profile.fixtures.SchoolFixture;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest
@AutoConfigureMockMvc
class SchoolProfilePageTest {

    static final int ACADEMY = 900011;
    static final int PREDECESSOR = 900010;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long batch;

    @BeforeEach
    void loadFictionalAcademy() {
        ReadModelTables.clear(jdbc);
        batch = ImportBatchFixture.batch("constructed-fixture.csv").insert(jdbc);
        SchoolFixture.localAuthority(jdbc, 330, "Birmingham");
        SchoolFixture.district(jdbc, 330, "Birmingham, Hall Green", "Hall Green");
        SchoolFixture.academySecondary(ACADEMY, "Fictional Larch Academy", "Fictional Learning Trust")
                .constituency("Birmingham, Hall Green").laestab(3304999).pupils(1150).insert(jdbc);
        SchoolFixture.school(PREDECESSOR, "Fictional Larch School").phase("Secondary").status("Closed")
                .constituency("Birmingham, Hall Green").insert(jdbc);
        SchoolFixture.link(jdbc, ACADEMY, PREDECESSOR, "Fictional Larch School", "Predecessor", batch);
        SchoolFixture.link(jdbc, ACADEMY, 900012, "Fictional Larch Annexe", "Predecessor - amalgamated", batch);
    }

    @AfterEach
    void clear() {
        ReadModelTables.clear(jdbc);
    }

    @Test
    void shouldShowRegisterFactsWithResponsibleBodyTrustAndDistrict() throws Exception {
        String page = html("/schools/" + ACADEMY);
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Fictional Larch Academy</h1>")
                .contains("3304999").contains("Academy converter").contains("Secondary").contains("11 to 16")
                .contains("1,150").contains("Trust").contains("Fictional Learning Trust")
                .contains("Birmingham, Hall Green").contains("Hall Green").contains("Birmingham City Council");
    }

    @Test
    void shouldLinkToAPredecessorInTheRegisterAndNameOneThatIsNot() throws Exception {
        String page = html("/schools/" + ACADEMY);
        assertThat(page).contains("Predecessor: ")
                .contains("<a class=\"govuk-link\" href=\"/schools/900010\">Fictional Larch School (URN 900010)</a>")
                .contains("Fictional Larch Annexe (URN 900012)").doesNotContain("href=\"/schools/900012\"");
    }

    @Test
    void shouldShowInspectionHistoryNewestFirstAsEachEraRecordsIt() throws Exception {
        InspectionFixture.singleGrade(ACADEMY, LocalDate.of(2016, 5, 10), 4).category("SM")
                .judgement("QUALITY_OF_EDUCATION", "INADEQUATE").insert(jdbc, batch);
        InspectionFixture.ungraded(ACADEMY, LocalDate.of(2022, 3, 1), "Improvements made").insert(jdbc, batch);
        InspectionFixture.keyJudgements(ACADEMY, LocalDate.of(2024, 10, 8))
                .judgement("QUALITY_OF_EDUCATION", "GOOD").judgement("LEADERSHIP_AND_MANAGEMENT", "REQUIRES_IMPROVEMENT").insert(jdbc, batch);
        InspectionFixture.reportCard(ACADEMY, LocalDate.of(2025, 12, 3), "NOT_MET")
                .judgement("INCLUSION", "NEEDS_ATTENTION").judgement("ACHIEVEMENT", "STRONG_STANDARD")
                .judgement("CURRICULUM_AND_TEACHING", "EXPECTED_STANDARD")
                .judgement("ATTENDANCE_AND_BEHAVIOUR", "EXPECTED_STANDARD")
                .judgement("PERSONAL_DEVELOPMENT_AND_WELL_BEING", "EXPECTED_STANDARD")
                .judgement("LEADERSHIP_AND_GOVERNANCE", "EXPECTED_STANDARD").insert(jdbc, batch);

        String page = html("/schools/" + ACADEMY);

        int reportCard = page.indexOf("Inspection starting 3 December 2025 (graded)");
        int keyJudgements = page.indexOf("Inspection starting 8 October 2024 (graded)");
        int ungraded = page.indexOf("Inspection starting 1 March 2022 (ungraded)");
        int singleGrade = page.indexOf("Inspection starting 10 May 2016 (graded)");
        assertThat(reportCard).isPositive().isLessThan(keyJudgements);
        assertThat(keyJudgements).isLessThan(ungraded);
        assertThat(ungraded).isLessThan(singleGrade);

        assertThat(page.substring(reportCard, keyJudgements)).contains("Report card, safeguarding not met")
                .contains("Evaluation areas").contains("Inclusion").contains("Needs attention")
                .contains("Achievement").contains("Strong standard");
        assertThat(page.substring(keyJudgements, ungraded)).contains("Key judgements, no overall grade")
                .contains("Quality of education").contains("Good").contains("Leadership and management")
                .contains("Requires improvement");
        assertThat(page.substring(ungraded, singleGrade)).contains("Improvements made");
        assertThat(page.substring(singleGrade)).contains("Inadequate (Special measures)")
                .contains("constructed-ofsted-fixture.csv (import " + batch + ")");
    }

    @Test
    void shouldShowLatestFiguresBesideLocalAuthorityAndEnglandWithTheirSource() throws Exception {
        FigureFixture.measure(jdbc, "KS4_ATT8", "Attainment 8 score", "SCORE", "Key stage 4");
        FigureFixture.measure(jdbc, "KS4_EBACC_ENTRY", "Pupils entering the EBacc", "PERCENT", "Key stage 4");
        FigureFixture.forSchool(ACADEMY, "KS4_ATT8").year("2017-18", "FINAL").value("40.1", "40.1").insert(jdbc, batch);
        FigureFixture.forSchool(ACADEMY, "KS4_ATT8").year("2018-19", "PROVISIONAL").value("44.2", "44.2")
                .sourceFile("constructed_ks4_provisional.csv").insert(jdbc, batch);
        FigureFixture.forLocalAuthority(330, "KS4_ATT8").year("2018-19", "PROVISIONAL").value("45.6", "45.6")
                .insert(jdbc, batch);
        FigureFixture.forEngland("KS4_ATT8").year("2018-19", "PROVISIONAL").value("46.5", "46.5").insert(jdbc, batch);
        FigureFixture.forSchool(ACADEMY, "KS4_EBACC_ENTRY").unavailable("Suppressed: small numbers", "SUPP")
                .insert(jdbc, batch);

        String page = html("/schools/" + ACADEMY);

        String attainment = rowOf(page, "KS4_ATT8");
        assertThat(attainment).contains("2018-19, provisional").contains(">44.2<").contains(">45.6<")
                .contains(">46.5<").contains("constructed_ks4_provisional.csv (import " + batch + ")")
                .doesNotContain("40.1");
        String ebacc = rowOf(page, "KS4_EBACC_ENTRY");
        assertThat(ebacc).contains("Not available: Suppressed: small numbers").contains("Not loaded")
                .doesNotContain(">0<").doesNotContain("0%");
    }

    @Test
    void shouldSayPlainlyWhenNoFiguresOrInspectionsAreLoaded() throws Exception {
        String page = html("/schools/" + ACADEMY);
        assertThat(page).contains("No figures have been loaded for this school.")
                .contains("No Ofsted inspections have been recorded for this school.");
    }

    @Test
    void shouldAnswerAnUnknownUrnWithTheNotFoundPage() throws Exception {
        String page = mvc.perform(get("/schools/999998")).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Page not found").contains("Birmingham City Council")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void shouldAnswerAMalformedUrnWithTheNotFoundPage() throws Exception {
        for (String malformed : new String[] {"abc", "12", "1234567", "-900011"}) {
            String page = mvc.perform(get("/schools/" + malformed)).andExpect(status().isNotFound()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).as(malformed).contains("Page not found").doesNotContain("Exception");
        }
    }

    @Test
    void shouldOfferSoftIntelligenceOnlyToRolesThatMayReadIt() throws Exception {
        String asOfficer = mvc.perform(get("/schools/" + ACADEMY).with(user("officer").roles("OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String asHead = mvc.perform(get("/schools/" + ACADEMY).with(TestUsers.headteacherOf(new Urn(ACADEMY))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asOfficer).contains("href=\"/schools/900011/assessment\"")
                .contains("href=\"/schools/900011/soft-intelligence\"");
        assertThat(asHead).contains("href=\"/schools/900011/assessment\"")
                .contains("href=\"/schools/900011/self-report\"").doesNotContain("/soft-intelligence");
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String rowOf(String page, String measureCode) {
        int start = page.indexOf("data-measure=\"" + measureCode + "\"");
        assertThat(start).as("row for %s", measureCode).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
