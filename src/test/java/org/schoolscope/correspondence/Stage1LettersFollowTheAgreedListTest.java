package org.schoolscope.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schoolscope.correspondence.CorrespondenceFixtures.GOOD_PRIMARY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.GOOD_SECONDARY;
import static org.schoolscope.correspondence.CorrespondenceFixtures.INADEQUATE_PRIMARY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.PriorityList;
import org.schoolscope.assessment.PriorityLists;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.StepInput;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.Details;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12, item 4: Stage 1 letters follow the decision. Before the list is agreed they are drafts that say so and
 * cannot be sent; once it is agreed each says what was agreed (a priority in its category, or not a priority after
 * the visit, with the visit's day), and sending keeps each PDF with its SHA-256, which is what the school is shown
 * from then on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class Stage1LettersFollowTheAgreedListTest {

    private static final LaCode COUNCIL = new LaCode(330);
    private static final String OFFICER = "letters.officer";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    ImprovementCycle cycle;

    @Autowired
    PriorityLists lists;

    @Autowired
    Stage1Letters letters;

    @BeforeEach
    void assessTheFictionalCouncil() {
        CorrespondenceFixtures.load(jdbc);
        runs.run(COUNCIL, "test");
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldSendOnlyAfterTheListIsAgreedSayingWhatWasAgreedAndKeepEachLetterAsSent() throws Exception {
        AcademicYear year = cycle.currentYear();
        Stage1Batch drafts = letters.letters(COUNCIL, Stage1Filter.ALL, TestUsers.officer(OFFICER));
        assertThat(drafts.agreed()).isFalse();
        assertThat(text(INADEQUATE_PRIMARY)).contains(PdfText.squeeze("Draft: the list for " + year
                + " has not been agreed yet")).contains(PdfText.squeeze("must not be sent"));
        mvc.perform(post("/correspondence/letters/stage-1/send").with(officer()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/correspondence/letters/stage-1"))
                .andExpect(flash().attribute("notReady",
                        "The Stage 1 letters can be sent once the " + year + " list has been agreed: they tell each"
                                + " school what was agreed."));
        assertThat(sentRows()).isZero();

        // The Ofsted school goes on the list; an officer places the school below the secondary standard as vulnerable,
        // for the first time, so it is visited, and the visit agrees it is not a priority this year.
        PriorityList list = lists.latestFor(COUNCIL, ViewerScope.system()).orElseThrow();
        String vulnerable = "Vulnerable";
        assertThat(list.categories()).contains(vulnerable);
        lists.override(list.run().id(), new Urn(GOOD_SECONDARY), vulnerable,
                "Progress 8 fell for the third year running", OFFICER);
        cycle.propose(year, OFFICER);
        ImprovementCase secondary = caseOf(GOOD_SECONDARY, year);
        assertThat(secondary.status()).isEqualTo(CaseStatus.PROPOSED);
        assertThat(secondary.isFirstTimeVulnerable()).isTrue();
        LocalDate visited = cycle.today().minusDays(3);
        cycle.record(new Urn(GOOD_SECONDARY), year, StepType.VULNERABILITY_VISIT, new StepInput(
                "The new head has a credible plan for Progress 8", "", Map.of(Details.VISIT_DATE, visited.toString(),
                        Details.OUTCOME, Details.NOT_A_PRIORITY)), OFFICER);
        cycle.agreeList(year, "The partnership's director", "Agreed at the autumn meeting", OFFICER);
        String agreedOn = Letters.date(cycle.today());

        Stage1Batch agreed = letters.letters(COUNCIL, Stage1Filter.ALL, TestUsers.officer(OFFICER));
        assertThat(agreed.agreed()).isTrue();
        assertThat(agreed.priorities()).as("one school was agreed a priority").isEqualTo(1);
        String category = caseOf(INADEQUATE_PRIMARY, year).category();
        assertThat(text(INADEQUATE_PRIMARY)).doesNotContain(PdfText.squeeze("Draft"))
                .contains(PdfText.squeeze("The list for " + year + " was agreed on " + agreedOn + "."))
                .contains(PdfText.squeeze("Your school is a priority for support this year. It is in the category \""
                        + category + "\"."));
        assertThat(text(GOOD_SECONDARY))
                .contains(PdfText.squeeze("After our visit to your school on " + Letters.date(visited)
                        + ", we agreed that your school is not a priority for support this year."))
                .doesNotContain(PdfText.squeeze("Your school is a priority"));
        assertThat(text(GOOD_PRIMARY)).contains(PdfText.squeeze("Your school is not a priority for support this year."));

        mvc.perform(post("/correspondence/letters/stage-1/send").with(officer()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("sentNow", 3));
        List<Map<String, Object>> sent = jdbc.sql("select urn, sent_by, pdf, pdf_sha256 from sent_letter "
                + "where kind = 'STAGE_1' and academic_year = :year order by urn").param("year", year.startYear())
                .query().listOfRows();
        assertThat(sent).extracting(row -> row.get("urn")).containsExactly(INADEQUATE_PRIMARY, GOOD_PRIMARY,
                GOOD_SECONDARY);
        for (Map<String, Object> row : sent) {
            byte[] pdf = (byte[]) row.get("pdf");
            assertThat(row.get("pdf_sha256")).isEqualTo(
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
            assertThat(row.get("sent_by")).isEqualTo(OFFICER);
            assertThat(download((Integer) row.get("urn"))).as("the school is shown the letter as it was sent")
                    .isEqualTo(pdf);
        }
        mvc.perform(post("/correspondence/letters/stage-1/send").with(officer()).with(csrf()))
                .andExpect(flash().attribute("sentNow", 0));
        assertThat(sentRows()).isEqualTo(3);
        String page = mvc.perform(get("/correspondence/letters/stage-1").with(officer())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3 letters, 1 of them to priority schools.").contains(agreedOn)
                .doesNotContain("id=\"send\"");
    }

    private ImprovementCase caseOf(int urn, AcademicYear year) {
        return cycle.caseOf(new Urn(urn), year, ViewerScope.system());
    }

    private String text(int urn) throws Exception {
        return PdfText.squeezed(download(urn));
    }

    private byte[] download(int urn) throws Exception {
        return mvc.perform(get("/correspondence/letters/stage-1/" + urn + ".pdf").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private long sentRows() {
        return jdbc.sql("select count(*) from sent_letter").query(Long.class).single();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
        return user(OFFICER).roles("OFFICER");
    }
}
