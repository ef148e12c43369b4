package org.schoolscope.improvement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.correspondence.PdfText;
import org.schoolscope.improvement.ImprovementCycle;
import org.schoolscope.improvement.domain.CaseStatus;
import org.schoolscope.improvement.domain.ImprovementCase;
import org.schoolscope.improvement.domain.StepType;
import org.schoolscope.inspection.InspectionRecorded;
import org.schoolscope.inspection.domain.Framework;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.schoolscope.testing.SettableClock;

/**
 * Every improvement page and step form through MockMvc, as the role that uses it, on the sample data. Each test
 * writes in its own far-off academic year, since the timeline is append-only within the shared context.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class ImprovementPagesTest {

    static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");
    static final RequestPostProcessor BOARD = user("board").roles("BOARD");
    static final RequestPostProcessor DIRECTOR = user("director").roles("DCS");
    static final RequestPostProcessor PARTNER_ROLE = user("some.partner").roles("PARTNER");

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    /** A partner allocated every school of the council, since each test works on schools of its own. */
    RequestPostProcessor partner;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImprovementCycle cycle;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    ApplicationEventPublisher publisher;

    @org.junit.jupiter.api.BeforeEach
    void allocateThePartner() {
        partner = TestUsers.allocated("partner", org.schoolscope.shared.Role.PARTNER, jdbc.sql(
                "select urn from school where la_code = 330")
                .query((row, number) -> new Urn(row.getInt(1))).list());
    }

    private List<Urn> maintainedSchools() {
        return jdbc.sql("select urn from school where responsible_body = 'LOCAL_AUTHORITY' and la_code = 330 "
                + "order by urn limit 7").query((row, number) -> new Urn(row.getInt(1))).list();
    }

    private String step(Urn urn, String year, String kind, RequestPostProcessor as, String... params) throws Exception {
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

    @Test
    void shouldRecordEveryStepOfACaseThroughItsForm() throws Exception {
        Urn school = maintainedSchools().get(0);
        String year = "2041-42";
        assertThat(step(school, year, "self-report", OFFICER, "why", "The head reports a sudden loss of leaders"))
                .contains("The school reported itself vulnerable", "The head reports a sudden loss of leaders");
        assertThat(step(school, year, "recommendation", BOARD, "recommendation", "ADD", "why",
                "Leadership crisis agreed by the board")).contains("Advisory board recommendation: Add to the list");
        assertThat(step(school, year, "partner", OFFICER, "partnerOther", "Pat Partner"))
                .contains("Priority partner allocated: Pat Partner");
        assertThat(step(school, year, "plan", partner, "priorities", "Stabilise leadership\nImprove reading",
                "support", "Interim head brokered")).contains("Action plan agreed with the head", "Improve reading");
        assertThat(step(school, year, "action", partner, "action", "Appoint an interim head", "owner", "Chair",
                "resources", "Partner time", "due", "2041-11-30")).contains("Action added: Appoint an interim head");
        long actionId = cycle.caseOf(school, AcademicYear.parse(year), org.schoolscope.access.ViewerScope.system()).actions().get(0).id();
        assertThat(step(school, year, "action-status", partner, "action", Long.toString(actionId), "status",
                "DONE")).contains("now done");
        assertThat(step(school, year, "progress", partner, "rag", "AMBER", "why", "Leadership stable, reading slow"))
                .contains("Progress rated Amber");
        // What happened is dated no later than today (issue 12, item 7), and the timeline writes dates in words.
        LocalDate visited = clock.today().minusDays(20);
        assertThat(step(school, year, "partner-visit", partner, "date", visited.toString(), "why", "Met the new head"))
                .contains("Priority partner visit on " + words(visited), "Met the new head");
        assertThat(step(school, year, "concern-meeting", OFFICER, "date", visited.plusDays(4).toString(), "why",
                "HR case open",
                "actionsAgreed", "HR to advise governors by 2041-12-20", "referrals", "None"))
                .contains("Discussed at the monthly schools-causing-concern meeting", "HR case open");
        LocalDate escalated = visited.plusDays(10);
        assertThat(step(school, year, "escalation", OFFICER, "date", escalated.toString(), "why",
                "Governors disengaged", "outcome", "Regional director to write", "actionsAgreed", "Letter by 2042-01-20"))
                .contains("Escalated to the Education Improvement Group on " + words(escalated)
                        + ": Regional director to write");
        assertThat(step(school, year, "recommendation", BOARD, "recommendation", "WARNING_NOTICE", "why",
                "No progress on governance")).contains("Issue a formal warning notice");
        assertThat(step(school, year, "dcs-decision", DIRECTOR, "decision", "approved", "why",
                "Governance has broken down")).contains("decided to issue a warning notice");
        assertThat(step(school, year, "warning-notice", OFFICER, "ground", "BREAKDOWN_OF_MANAGEMENT_OR_GOVERNANCE",
                "requiredActions", "Reconstitute the governing body", "complyBy", "2042-03-01", "recipients",
                "GOVERNING_BODY", "recipients", "HEADTEACHER", "why", "As decided by the Director"))
                .contains("Warning notice issued: A serious breakdown", "The governing body, The headteacher")
                .contains("to comply by 1 March 2042");
        assertThat(step(school, year, "compliance", OFFICER, "complied", "yes", "why", "New governors appointed"))
                .contains("compliance reviewed: complied");
        assertThat(step(school, year, "notice-closed", OFFICER, "outcome", "Complied")).contains(
                "Warning notice closed: Complied");
        LocalDate inspected = clock.today();
        assertThat(step(school, year, "inspection", partner, "date", inspected.toString(), "partnerAttended", "yes",
                "outcome", "Good", "furtherSupport", "no", "why", "Inspectors praised the new leadership"))
                .contains("Ofsted inspection on " + words(inspected) + ": Good; the priority partner attended");
        assertThat(step(school, year, "recommendation", BOARD, "recommendation", "REMOVE", "why", "Good now"))
                .contains("Remove from the list");
        assertThat(step(school, year, "removal", OFFICER)).contains("Removed from the list: the removal rule is met",
                "app-step-document");
        assertThat(cycle.caseOf(school, AcademicYear.parse(year), org.schoolscope.access.ViewerScope.system()).status()).isEqualTo(CaseStatus.REMOVED);

        // Issue 12, item 4: the warning notice and the removal letter are documents, kept as the school received them.
        String notice = PdfText.squeezed(document(school, year, "WARNING_NOTICE_ISSUED", OFFICER));
        for (String text : List.of("Warning notice", "section 60 of the Education and Inspections Act 2006",
                "A serious breakdown", "Reconstitute the governing body", "by 1 March 2042",
                "The governing body", "The headteacher", "If the governing body disagrees")) {
            assertThat(notice).contains(PdfText.squeeze(text));
        }
        String removal = PdfText.squeezed(document(school, year, "REMOVED", TestUsers.headteacherOf(school)));
        assertThat(removal).contains(PdfText.squeeze("removed the school from the 2041-42 list"),
                PdfText.squeeze("judged Good or Outstanding at its most recent inspection"));
        long removedStep = jdbc.sql("select id from improvement_event where urn = ? and step = 'REMOVED'")
                .param(school.value()).query(Long.class).single();
        mvc.perform(get("/correspondence/improvement-letters/{id}.pdf", removedStep)
                .with(TestUsers.headteacherOf(maintainedSchools().get(1)))).andExpect(status().isNotFound());
    }

    private byte[] document(Urn school, String year, String step, RequestPostProcessor as) throws Exception {
        long id = jdbc.sql("select id from improvement_event where urn = ? and academic_year = ? and step = ?")
                .params(school.value(), AcademicYear.parse(year).startYear(), step).query(Long.class).single();
        return mvc.perform(get("/correspondence/improvement-letters/{id}.pdf", id).with(as))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    /** Issue 12, item 6: the partner allocated is a user, who sees the school for the year until another is. */
    @Test
    void shouldGiveThePartnerAllocatedTheSchoolForTheYearAndTakeItAwayWhenAnotherIs() throws Exception {
        Urn school = maintainedSchools().get(5);
        String year = "2043-44";
        RequestPostProcessor pat = TestUsers.allocated("pat.partner", Role.PARTNER, List.of());
        RequestPostProcessor sam = TestUsers.allocated("sam.partner", Role.PARTNER, List.of());
        TestUsers.store(jdbc, "pat.partner", Role.PARTNER, List.of());
        TestUsers.store(jdbc, "sam.partner", Role.PARTNER, List.of());
        mvc.perform(get("/schools/{urn}", school).with(pat)).andExpect(status().is4xxClientError());
        step(school, year, "self-report", OFFICER, "why", "The head reports the deputy has left");
        step(school, year, "recommendation", BOARD, "recommendation", "ADD", "why", "Agreed by the board");
        mvc.perform(get("/improvement/schools/{urn}/steps/partner", school).param("year", year).with(OFFICER))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"pat.partner\"")));

        assertThat(step(school, year, "partner", OFFICER, "partner", "pat.partner"))
                .contains("Priority partner allocated: pat.partner");

        mvc.perform(get("/schools/{urn}", school).with(pat)).andExpect(status().isOk());
        mvc.perform(get("/schools/{urn}", school).with(sam)).andExpect(status().is4xxClientError());
        assertThat(cycle.caseloads(AcademicYear.parse(year), org.schoolscope.access.ViewerScope.system())
                .get("pat.partner")).contains(school);

        step(school, year, "partner", OFFICER, "partner", "sam.partner");

        mvc.perform(get("/schools/{urn}", school).with(pat)).andExpect(status().is4xxClientError());
        mvc.perform(get("/schools/{urn}", school).with(sam)).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select action || ' ' || actor from audit_event where record_type = 'partner-access' and school_urn = ?
                order by id""").param(school.value()).query(String.class).list()).containsExactly(
                        "partner-access-granted officer", "partner-access-ended officer",
                        "partner-access-granted officer");
    }

    /** Issue 12, item 7: a mistaken step is withdrawn with a reason; it stays on the timeline and stops counting. */
    @Test
    void shouldWithdrawAMistakenStepWithItsReasonKeepingItOnTheTimeline() throws Exception {
        Urn school = maintainedSchools().get(6);
        String year = "2044-45";
        RequestPostProcessor wrong = TestUsers.allocated("wrong.partner", Role.PARTNER, List.of());
        TestUsers.store(jdbc, "wrong.partner", Role.PARTNER, List.of());
        step(school, year, "self-report", OFFICER, "why", "The head reports a sudden loss of leaders");
        step(school, year, "recommendation", BOARD, "recommendation", "ADD", "why", "Agreed by the board");
        step(school, year, "partner", OFFICER, "partner", "wrong.partner");
        mvc.perform(get("/schools/{urn}", school).with(wrong)).andExpect(status().isOk());

        String page = step(school, year, "withdrawal", OFFICER, "why", "Allocated to the wrong partner by mistake");

        assertThat(page).contains("Withdrawn: Priority partner allocated: wrong.partner",
                "Allocated to the wrong partner by mistake", "app-withdrawn");
        ImprovementCase now = cycle.caseOf(school, AcademicYear.parse(year), org.schoolscope.access.ViewerScope.system());
        assertThat(now.partner()).isEmpty();
        assertThat(now.refusal(StepType.PLAN_AGREED)).hasValueSatisfying(refusal -> assertThat(refusal)
                .contains("Allocate a priority partner"));
        assertThat(now.events()).hasSize(4);
        mvc.perform(get("/schools/{urn}", school).with(wrong)).andExpect(status().is4xxClientError());
        // The withdrawal itself is never withdrawn: the step before it is the latest that counts.
        assertThat(now.withdrawable()).hasValueSatisfying(step -> assertThat(step.type())
                .isEqualTo(StepType.BOARD_RECOMMENDATION));
        mvc.perform(post("/improvement/schools/{urn}/steps/withdrawal", school).param("year", year).with(PARTNER_ROLE)
                .with(csrf()).param("why", "A partner may not withdraw")).andExpect(status().isForbidden());
    }

    @Test
    void shouldReviewLastYearsSchoolForCarryingForward() throws Exception {
        Urn school = maintainedSchools().get(1);
        step(school, "2043-44", "self-report", OFFICER, "why", "Reported");
        step(school, "2043-44", "recommendation", BOARD, "recommendation", "ADD", "why", "Agreed");

        mvc.perform(get("/improvement/list").param("year", "2044-45").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "/improvement/schools/" + school + "/steps/carry-forward?year=2044-45")));
        assertThat(step(school, "2044-45", "carry-forward", OFFICER, "decision", "priority", "why",
                "Support continues")).contains("carried forward to the proposed list", "Stage 1: proposed");
    }

    @Test
    void shouldProposeVisitAndAgreeTheListFromTheAssessment() throws Exception {
        runs.run(new LaCode(330), "test");
        String year = "2046-47";
        mvc.perform(post("/improvement/list/propose").param("year", year).with(OFFICER).with(csrf()))
                .andExpect(status().is3xxRedirection());
        AcademicYear academicYear = AcademicYear.parse(year);
        var proposed = cycle.cases(academicYear, org.schoolscope.access.ViewerScope.system());
        assertThat(proposed).isNotEmpty().allMatch(found -> found.status() == CaseStatus.PROPOSED);

        var firstTime = proposed.stream().filter(found -> found.isFirstTimeVulnerable()).toList();
        if (!firstTime.isEmpty()) {
            mvc.perform(post("/improvement/list/agree").param("year", year).param("partnerAgreedBy", "P. Lead")
                    .with(OFFICER).with(csrf())).andExpect(status().isConflict())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("record the visit")));
            // One sentence for all of them, and each school by name with a link to record its visit (issue 12).
            String page = mvc.perform(get("/improvement/list").param("year", year).with(OFFICER))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            var names = cycle.schoolNames(firstTime.stream().map(found -> found.urn()).toList(),
                    org.schoolscope.access.ViewerScope.system());
            for (var vulnerable : firstTime) {
                assertThat(page).contains("/improvement/schools/" + vulnerable.urn()
                        + "/steps/vulnerability-visit?year=" + year).contains(org.springframework.web.util.HtmlUtils
                                .htmlEscape("Record the visit to " + names.get(vulnerable.urn()) + " (URN "
                                        + vulnerable.urn() + ")"));
            }
            mvc.perform(get("/improvement/list/agree").param("year", year).with(OFFICER))
                    .andExpect(status().is3xxRedirection());
            for (var vulnerable : firstTime) {
                step(vulnerable.urn(), year, "vulnerability-visit", partner, "date", clock.today().toString(), "outcome",
                        "priority", "why", "Head agrees the data shows a risk");
            }
        }
        mvc.perform(post("/improvement/list/agree").param("year", year).param("partnerAgreedBy", "P. Lead")
                .with(OFFICER).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(cycle.cases(academicYear, org.schoolscope.access.ViewerScope.system())).allMatch(found -> found.isListed());

        long days = ChronoUnit.DAYS.between(clock.today(), LocalDate.of(2046, 10, 26));
        String dashboard = mvc.perform(get("/improvement").param("year", year).with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains(days + " days until October half term (26 October 2046)")
                .contains("/improvement/schools/" + proposed.get(0).urn() + "?year=" + year);
        mvc.perform(get("/improvement/partners").param("year", year).with(BOARD)).andExpect(status().isOk());
    }

    @Test
    void shouldShowTheProblemsOfAStepPostedWithoutItsDetails() throws Exception {
        Urn school = maintainedSchools().get(2);
        step(school, "2047-48", "self-report", OFFICER, "why", "Reported");
        step(school, "2047-48", "recommendation", BOARD, "recommendation", "ADD", "why", "Agreed");
        step(school, "2047-48", "partner", OFFICER, "partnerOther", "Pat");
        step(school, "2047-48", "plan", partner, "priorities", "One", "support", "Some");

        mvc.perform(post("/improvement/schools/{urn}/steps/progress", school).param("year", "2047-48")
                .with(partner).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("There is a problem"),
                        org.hamcrest.Matchers.containsString("href=\"#rag\""),
                        org.hamcrest.Matchers.containsString("Choose red, amber or green"),
                        org.hamcrest.Matchers.containsString("Enter the rationale for this step"))));
    }

    @Test
    void shouldRefuseAPlanBeforeTheSchoolIsOnTheListWithAClearMessage() throws Exception {
        Urn school = maintainedSchools().get(3);
        mvc.perform(post("/improvement/schools/{urn}/steps/plan", school).param("year", "2048-49")
                .param("priorities", "One").param("support", "Some").with(partner).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "An action plan needs the school on the agreed list first")));
        mvc.perform(post("/improvement/schools/{urn}/steps/warning-notice", school).param("year", "2048-49")
                .param("ground", "LOW_STANDARDS").param("requiredActions", "Improve").param("complyBy", "2049-01-01")
                .param("recipients", "GOVERNING_BODY").with(OFFICER).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Director of Children&#39;s Services")));
        assertThat(cycle.caseOf(school, AcademicYear.parse("2048-49"), org.schoolscope.access.ViewerScope.system()).events()).isEmpty();
    }

    @Test
    void shouldPutAnImportedInspectionOfAListedSchoolOnTheBoardsAgenda() throws Exception {
        // An imported inspection is filed under the school's latest year with steps, so the school must be one no
        // other test of the shared context has taken through a later year.
        Urn school = jdbc.sql("""
                select urn from school s where responsible_body = 'LOCAL_AUTHORITY' and la_code = 330
                and not exists (select 1 from improvement_event e where e.urn = s.urn) order by urn limit 1""")
                .query((row, number) -> new Urn(row.getInt(1))).single();
        String year = "2049-50";
        step(school, year, "self-report", OFFICER, "why", "Reported");
        step(school, year, "recommendation", BOARD, "recommendation", "ADD", "why", "Agreed");
        mvc.perform(post("/improvement/board-meetings").param("year", year).param("date", "2050-01-14")
                .with(OFFICER).with(csrf())).andExpect(status().is3xxRedirection());

        publisher.publishEvent(new InspectionRecorded(1L, school, "test-inspection", Framework.SINGLE_GRADE,
                LocalDate.of(2050, 1, 5), 1L));

        var imported = cycle.caseOf(school, AcademicYear.parse(year), org.schoolscope.access.ViewerScope.system());
        assertThat(imported.events()).extracting(event -> event.type()).contains(StepType.INSPECTION_IMPORTED);
        assertThat(imported.needsBoard()).isTrue();
        long meeting = cycle.boardMeetings(AcademicYear.parse(year)).get(0).id();
        mvc.perform(get("/improvement/board-meetings/{id}", meeting).with(BOARD)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("New Ofsted inspection")));
        mvc.perform(get("/improvement/board-meetings").param("year", year).with(BOARD)).andExpect(status().isOk());
    }

    @Test
    void shouldServeTheTimelineAsJson() throws Exception {
        Urn school = maintainedSchools().get(5);
        step(school, "2050-51", "self-report", OFFICER, "why", "Reported by the head");

        mvc.perform(get("/api/v1/improvement/schools/{urn}/timeline", school)
                .with(TestUsers.headteacherOf(school))).andExpect(status().isOk())
                .andExpect(jsonPath("$.urn").value(school.value()))
                .andExpect(jsonPath("$.years[0].academicYear").value("2050-51"))
                .andExpect(jsonPath("$.years[0].steps[0].step").value("SELF_REPORTED"))
                .andExpect(jsonPath("$.years[0].steps[0].actor").value("officer"))
                .andExpect(jsonPath("$.years[0].steps[0].why").value("Reported by the head"));
        mvc.perform(get("/api/v1/improvement/schools/{urn}/timeline", "12")
                .with(OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get("/improvement/schools/{urn}", "999999").with(OFFICER)).andExpect(status().isNotFound());
        // No route rule names an unknown step, so it is refused before the controller could say "not found".
        mvc.perform(get("/improvement/schools/{urn}/steps/nonsense", school).with(OFFICER))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldTakeDatesInGovUkBoxesAndRefuseWhatHasNotHappenedYet() throws Exception {
        Urn school = maintainedSchools().get(6);
        String year = "2051-52";
        step(school, year, "self-report", OFFICER, "why", "Reported");
        step(school, year, "recommendation", BOARD, "recommendation", "ADD", "why", "Agreed");
        step(school, year, "partner", OFFICER, "partnerOther", "Pat Partner");
        LocalDate today = clock.today();
        LocalDate nextMonth = today.plusMonths(1);

        String refused = mvc.perform(post("/improvement/schools/{urn}/steps/partner-visit", school)
                .param("year", year).param("date-day", Integer.toString(nextMonth.getDayOfMonth()))
                .param("date-month", Integer.toString(nextMonth.getMonthValue()))
                .param("date-year", Integer.toString(nextMonth.getYear())).param("why", "Planned visit")
                .with(partner).with(csrf())).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("is dated " + words(nextMonth) + ", which has not come yet");

        String notADate = mvc.perform(post("/improvement/schools/{urn}/steps/partner-visit", school)
                .param("year", year).param("date-day", "31").param("date-month", "2").param("date-year", "2026")
                .param("why", "Met the head").with(partner).with(csrf())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(notADate).contains("Enter a real date with a day, month and year").contains("href=\"#date\"")
                .contains("name=\"date-day\"").contains("value=\"31\"");

        assertThat(mvc.perform(post("/improvement/schools/{urn}/steps/partner-visit", school).param("year", year)
                .param("date-day", Integer.toString(today.getDayOfMonth()))
                .param("date-month", Integer.toString(today.getMonthValue()))
                .param("date-year", Integer.toString(today.getYear())).param("why", "Met the head").with(partner)
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl())
                .contains("#event-");
        assertThat(cycle.caseOf(school, AcademicYear.parse(year), org.schoolscope.access.ViewerScope.system())
                .lastVisit()).contains(today);

        // A board meeting in the future has not made a recommendation yet.
        mvc.perform(post("/improvement/board-meetings").param("year", year).param("date", "2051-10-01")
                .with(OFFICER).with(csrf())).andExpect(status().is3xxRedirection());
        long meeting = cycle.boardMeetings(AcademicYear.parse(year)).get(0).id();
        mvc.perform(post("/improvement/schools/{urn}/steps/recommendation", school).param("year", year)
                .param("recommendation", "LETTER_OF_CONCERN").param("meeting", Long.toString(meeting))
                .param("why", "Governors have not engaged")
                .with(BOARD).with(csrf())).andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "The board meeting on 1 October 2051 has not taken place yet")));

        // A warning notice gives the school time: its compliance date falls after the day it is issued.
        step(school, year, "recommendation", BOARD, "recommendation", "WARNING_NOTICE", "why", "No progress");
        step(school, year, "dcs-decision", DIRECTOR, "decision", "approved", "why", "Proportionate");
        mvc.perform(post("/improvement/schools/{urn}/steps/warning-notice", school).param("year", year)
                .param("ground", "LOW_STANDARDS").param("requiredActions", "Improve reading")
                .param("complyBy", today.toString()).param("recipients", "GOVERNING_BODY").param("why", "Decided")
                .with(OFFICER).with(csrf())).andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The compliance date ("
                        + words(today) + ") must be after the day the notice is issued")));
        assertThat(cycle.caseOf(school, AcademicYear.parse(year), org.schoolscope.access.ViewerScope.system())
                .notice()).isEqualTo(org.schoolscope.improvement.domain.NoticeState.APPROVED);
    }

    private static String words(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(date);
    }
}
