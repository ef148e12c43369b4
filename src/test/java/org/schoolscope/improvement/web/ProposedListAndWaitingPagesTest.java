package org.schoolscope.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.WaitingForYou;
import org.schoolscope.improvement.WaitingItem;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import org.schoolscope.testing.SettableClock;

/**
 * Issue 12, item 5: taking a school off the proposed list with a reason and putting it back, the schools still
 * waiting for their visit named with links, and what waits for the Director and the board on the home page. Through
 * MockMvc on the sample data; each test writes in far-off academic years of its own, since the timeline is
 * append-only within the shared context.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class ProposedListAndWaitingPagesTest {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    static final RequestPostProcessor DIRECTOR = user("director").roles("DCS");
    static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImprovementCycle cycle;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    WaitingForYou waiting;

    @Test
    void shouldTakeASchoolOffTheProposedListWithAReasonAndPutItBack() throws Exception {
        runs.run(new LaCode(330), "test");
        String year = "2060-61";
        AcademicYear academicYear = AcademicYear.parse(year);
        mvc.perform(post("/improvement/list/propose").param("year", year).with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<ImprovementCase> firstTime = cycle.cases(academicYear, ViewerScope.system()).stream()
                .filter(found -> found.status() == CaseStatus.PROPOSED && found.isFirstTimeVulnerable()).toList();
        // On the sample the assessment finds Good or Outstanding schools vulnerable for the first time (issue 12
        // found 13), each needing its visit before the list is agreed.
        assertThat(firstTime).hasSizeGreaterThan(1);
        Map<Urn, String> names = cycle.schoolNames(firstTime.stream().map(ImprovementCase::urn).toList(),
                ViewerScope.system());

        // Refused while visits are pending: the error summary points at a table naming each school with a link.
        String refused = mvc.perform(post("/improvement/list/agree").param("year", year)
                .param("partnerAgreedBy", "P. Lead").with(OFFICER).with(csrf())).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("href=\"#pending-visits\"", "id=\"pending-visits-table\"");
        for (ImprovementCase vulnerable : firstTime) {
            assertThat(refused).contains("id=\"pending-visit-" + vulnerable.urn() + "\"",
                    "href=\"/improvement/schools/" + vulnerable.urn() + "?year=" + year + "\"",
                    ">" + HtmlUtils.htmlEscape(names.get(vulnerable.urn())) + "</a>",
                    "<td class=\"govuk-table__cell\">" + vulnerable.urn() + "</td>");
        }

        // A reason that says nothing is refused, and the school stays proposed.
        Urn kept = firstTime.get(0).urn();
        for (String reason : List.of("", "x", "not needed")) {
            String page = mvc.perform(post("/improvement/schools/{urn}/steps/take-off", kept).param("year", year)
                    .param("why", reason).with(OFFICER).with(csrf())).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).contains("There is a problem", "href=\"#why\"");
        }
        assertThat(cycle.caseOf(kept, academicYear, ViewerScope.system()).status()).isEqualTo(CaseStatus.PROPOSED);

        // Every first-time vulnerable school taken off: none is proposed, and the agreement is no longer held up.
        for (ImprovementCase vulnerable : firstTime) {
            assertThat(step(vulnerable.urn(), year, "take-off", OFFICER, "why",
                    "The head has a new substantive deputy and the data risk is historic"))
                    .contains("Taken off the proposed list before the list was agreed",
                            "The head has a new substantive deputy and the data risk is historic");
            assertThat(cycle.caseOf(vulnerable.urn(), academicYear, ViewerScope.system()).status())
                    .isEqualTo(CaseStatus.TAKEN_OFF);
        }
        String list = mvc.perform(get("/improvement/list").param("year", year).with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("id=\"pending-visits\"").contains("id=\"taken-off\"")
                .contains("The head has a new substantive deputy and the data risk is historic");
        for (ImprovementCase vulnerable : firstTime) {
            assertThat(list).doesNotContain("id=\"proposed-" + vulnerable.urn() + "\"")
                    .contains("id=\"taken-off-" + vulnerable.urn() + "\"");
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_event where record_type = 'improvement-event' and school_urn = ?
                and detail like 'Recorded TAKEN_OFF_PROPOSED_LIST%'""").param(kept.value()).query(Long.class)
                .single()).isEqualTo(1L);

        // Put back with a reason: proposed again, and it holds up the agreement again until its visit.
        String back = step(kept, year, "put-back", OFFICER, "why", "The deputy has resigned after all this week");
        assertThat(back).contains("Put back on the proposed list", "The deputy has resigned after all this week",
                "Stage 1: proposed");
        assertThat(cycle.caseOf(kept, academicYear, ViewerScope.system()).status()).isEqualTo(CaseStatus.PROPOSED);
        String again = mvc.perform(post("/improvement/list/agree").param("year", year)
                .param("partnerAgreedBy", "P. Lead").with(OFFICER).with(csrf())).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("1 school vulnerable for the first time still needs its visit",
                "id=\"pending-visit-" + kept + "\"").doesNotContain("id=\"pending-visit-" + firstTime.get(1).urn());

        step(kept, year, "vulnerability-visit", OFFICER, "date", clock.today().toString(), "outcome", "priority",
                "why", "Head agrees the data shows a risk");
        mvc.perform(post("/improvement/list/agree").param("year", year).param("partnerAgreedBy", "P. Lead")
                .with(OFFICER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(cycle.caseOf(kept, academicYear, ViewerScope.system()).isListed()).isTrue();
        assertThat(cycle.caseOf(firstTime.get(1).urn(), academicYear, ViewerScope.system()).status())
                .isEqualTo(CaseStatus.TAKEN_OFF);
        // Once the list is agreed, a school is no longer taken off the proposed list, nor put back on it.
        mvc.perform(post("/improvement/schools/{urn}/steps/put-back", firstTime.get(1).urn()).param("year", year)
                .param("why", "Changed our minds after the agreement").with(OFFICER).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "list was agreed on " + WORDS.format(clock.today()))));
    }

    @Test
    void shouldShowTheDirectorAndTheBoardWhatIsWaitingForThemOnTheHomePage() throws Exception {
        List<Urn> schools = jdbc.sql("""
                select urn from school s where responsible_body = 'LOCAL_AUTHORITY' and la_code = 330
                and not exists (select 1 from improvement_event e where e.urn = s.urn) order by urn desc limit 4""")
                .query((row, number) -> new Urn(row.getInt(1))).list();
        Urn removal = schools.get(0);
        Urn notice = schools.get(1);
        Urn selfReported = schools.get(2);
        Urn other = schools.get(3);
        String year = "2061-62";
        for (Urn listed : List.of(removal, notice)) {
            step(listed, year, "self-report", OFFICER, "why", "The head reports a sudden loss of leaders");
            step(listed, year, "recommendation", BOARD, "recommendation", "ADD", "why", "Agreed by the board");
        }
        step(removal, year, "recommendation", BOARD, "recommendation", "REMOVE", "why", "Good at its inspection");
        step(notice, year, "recommendation", BOARD, "recommendation", "WARNING_NOTICE", "why", "No progress");
        step(selfReported, year, "self-report", OFFICER, "why", "The head reports the deputy has left");
        Map<Urn, String> names = cycle.schoolNames(schools, ViewerScope.system());
        String today = WORDS.format(clock.today());

        String director = mvc.perform(get("/").with(DIRECTOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(director).contains("id=\"waiting-for-director\"",
                "href=\"/improvement/schools/" + removal + "?year=" + year + "\"",
                HtmlUtils.htmlEscape(names.get(removal)), "The board recommended removal from the list",
                "href=\"/improvement/schools/" + notice + "?year=" + year + "\"",
                "The board recommended a warning notice: your decision is needed", today + " (0 days)")
                .doesNotContain("id=\"waiting-for-board\"");

        String board = mvc.perform(get("/").with(BOARD)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(board).contains("id=\"waiting-for-board\"",
                "href=\"/improvement/schools/" + selfReported + "?year=" + year + "\"",
                HtmlUtils.htmlEscape(names.get(selfReported)), "The school reported itself vulnerable: to review")
                .doesNotContain("id=\"waiting-for-director\"");

        // Withdrawn, the recommendation no longer waits: the list reads the steps that count.
        step(notice, year, "withdrawal", OFFICER, "why", "Recorded against the wrong school");
        assertThat(waiting.forDirector(ViewerScope.system())).extracting(WaitingItem::urn).doesNotContain(notice)
                .contains(removal);

        // A headteacher sees no waiting list, and the query gives them no other school's case.
        TestUsers.store(jdbc, "head", Role.HEADTEACHER, List.of(other));
        ViewerScope head = ViewerScope.of("head", Set.of(Role.HEADTEACHER));
        assertThat(waiting.forDirector(head)).isEmpty();
        assertThat(waiting.forBoard(head)).extracting(WaitingItem::urn).doesNotContain(selfReported, removal);
        String headsHome = mvc.perform(get("/").with(TestUsers.headteacherOf(other))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(headsHome).doesNotContain("waiting-for-", "/improvement/schools/" + removal);
    }

    private String step(Urn urn, String year, String kind, RequestPostProcessor as, String... params)
            throws Exception {
        mvc.perform(get("/improvement/schools/{urn}/steps/{kind}", urn, kind).param("year", year).with(as))
                .andExpect(status().isOk());
        MockHttpServletRequestBuilder request = post("/improvement/schools/{urn}/steps/{kind}", urn, kind)
                .param("year", year).with(as).with(csrf());
        for (int index = 0; index < params.length; index += 2) {
            request.param(params[index], params[index + 1]);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/improvement/schools/" + urn + "?year=" + year + "#event-");
        return mvc.perform(get("/improvement/schools/{urn}", urn).param("year", year).with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
