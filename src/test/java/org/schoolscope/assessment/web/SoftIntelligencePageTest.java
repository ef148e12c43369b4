package org.schoolscope.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.SoftIntelligence;
import org.schoolscope.assessment.SoftIntelligenceAudit;
import org.schoolscope.assessment.SoftIntelligenceNote;
import org.schoolscope.shared.AuditedAction;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.schoolscope.testing.SettableClock;

/**
 * The soft-intelligence, self-report and explanation pages and the notes API on the Birmingham sample, as each role
 * sees them. Every test runs in a transaction that is rolled back, so no note outlives it.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@RecordApplicationEvents
@Transactional
class SoftIntelligencePageTest {

    private static final String SECRET = "The headteacher has resigned after a grievance";
    private static final RequestPostProcessor OFFICER = user("officer.one").roles("OFFICER");

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    SoftIntelligence softIntelligence;

    @Autowired
    ApplicationEvents events;

    @Autowired
    List<RouteRules> routeRules;

    Urn school;
    String base;

    @BeforeEach
    void pickAMaintainedSchool() {
        school = new Urn(jdbc.sql("""
                select urn from school s where la_code = 330 and responsible_body = 'LOCAL_AUTHORITY'
                  and (status is null or status not like 'Closed%')
                  -- Another test class of the shared context (InputLimitsTest) leaves a note on its school.
                  and not exists (select 1 from soft_intelligence_note n where n.urn = s.urn)
                order by urn limit 1""")
                .query(Integer.class).single());
        base = "/schools/" + school + "/soft-intelligence";
    }

    @Test
    void shouldRecordANoteAsTheSignedInOfficerAndListItWithTheReadAudited() throws Exception {
        mvc.perform(post(base).with(OFFICER).with(csrf()).param("topic", "LEADERSHIP_AND_MANAGEMENT")
                .param("learnt", SECRET).param("source", "Chair of governors").param("sensitivity", "SENSITIVE")
                .param("notedDay", "3").param("notedMonth", "11").param("notedYear", "2026")
                .param("reviewDay", "3").param("reviewMonth", "5").param("reviewYear", "2027")
                .param("leadershipCrisis", "yes"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern(base + "#note-*"));

        SoftIntelligenceNote note = softIntelligence.notes(school, org.schoolscope.testing.TestUsers.officer("test")).get(0);
        assertThat(note.recordedBy()).isEqualTo("officer.one");
        assertThat(note.leadershipCrisis()).isTrue();
        assertThat(note.notedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(audits("create")).singleElement().satisfies(audit -> {
            assertThat(audit.actor()).isEqualTo("officer.one");
            assertThat(audit.recordId()).isEqualTo(Long.toString(note.id()));
            assertThat(audit.detail()).doesNotContain(SECRET);
        });

        mvc.perform(get(base).with(user("board.one").roles("BOARD"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(SECRET)))
                .andExpect(content().string(containsString("Leadership and management, noted on 3 November 2026")));
        assertThat(audits("read")).anySatisfy(audit -> {
            assertThat(audit.actor()).isEqualTo("board.one");
            assertThat(audit.detail()).isEqualTo("read 1 soft-intelligence note about school " + school);
        });
    }

    @Test
    void shouldShowTheFormAgainWithAnErrorSummaryLinkedToEachFieldWithAProblem() throws Exception {
        mvc.perform(get(base + "/new").with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("govuk-error-summary"))));

        String page = mvc.perform(post(base).with(OFFICER).with(csrf()).param("learnt", " ")
                .param("notedDay", "31").param("notedMonth", "2").param("notedYear", "2026")
                .param("reviewDay", "1").param("reviewMonth", "13").param("reviewYear", "2027"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary")
                .contains("href=\"#topic\"").contains("Choose what the note is about")
                .contains("href=\"#learnt\"").contains("Enter what was learnt")
                .contains("href=\"#source\"").contains("href=\"#sensitivity\"")
                .contains("href=\"#notedDay\"").contains("Enter the date it was learnt as a real date")
                .contains("href=\"#reviewDay\"").contains("href=\"#leadershipCrisis\"")
                .contains("id=\"notedDay\"").contains("value=\"31\"");
        assertThat(softIntelligence.notes(school, org.schoolscope.testing.TestUsers.officer("test"))).isEmpty();
    }

    @Test
    void shouldWithdrawANoteOnlyWithAReasonAndKeepItMarkedWithdrawn() throws Exception {
        SoftIntelligenceNote note = softIntelligence.record(school, new org.schoolscope.assessment
                .NewSoftIntelligenceNote(org.schoolscope.assessment.SoftIntelligenceTopic.FINANCE, SECRET, "Audit",
                org.schoolscope.assessment.NoteSensitivity.NORMAL, clock.today(), clock.today().plusMonths(3),
                false), org.schoolscope.testing.TestUsers.officer("officer.one"));

        mvc.perform(post(base + "/" + note.id() + "/withdraw").with(OFFICER).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason-" + note.id() + "\"")))
                .andExpect(content().string(containsString("Enter why you are withdrawing the note")));
        assertThat(softIntelligence.notes(school, org.schoolscope.testing.TestUsers.officer("test")).get(0).withdrawn()).isFalse();

        mvc.perform(post(base + "/" + note.id() + "/withdraw").with(TestUsers.allocated("partner.one", Role.PARTNER, List.of(school)))
                .with(csrf()).param("reason", "Recorded against the wrong school"))
                .andExpect(status().is3xxRedirection());
        SoftIntelligenceNote withdrawn = softIntelligence.notes(school, org.schoolscope.testing.TestUsers.officer("test")).get(0);
        assertThat(withdrawn.withdrawal().withdrawnBy()).isEqualTo("partner.one");
        assertThat(withdrawn.learnt()).isEqualTo(SECRET);
        mvc.perform(get(base).with(OFFICER)).andExpect(content().string(containsString("govuk-tag--grey")))
                .andExpect(content().string(containsString("Recorded against the wrong school")));
        assertThat(audits("withdraw")).singleElement()
                .satisfies(audit -> assertThat(audit.actor()).isEqualTo("partner.one"));
    }

    @Test
    void shouldRecordAHeadteachersSelfReportAndShowItStanding() throws Exception {
        RequestPostProcessor head = TestUsers.allocated("head.one", Role.HEADTEACHER, List.of(school));
        String page = "/schools/" + school + "/self-report";
        mvc.perform(get(page).with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The school has not reported itself vulnerable.")));
        mvc.perform(post(page).with(head).with(csrf()).param("reason", "")
                .param("reportedDay", "1").param("reportedMonth", "13").param("reportedYear", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("href=\"#reportedDay\"")));

        mvc.perform(post(page).with(head).with(csrf()).param("reason", "Three teaching posts are vacant")
                .param("reportedDay", "2").param("reportedMonth", "11").param("reportedYear", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(head)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The school reported itself vulnerable on 2 November 2026.")))
                .andExpect(content().string(containsString("head.one (HEADTEACHER)")));
        assertThat(softIntelligence.selfReports(school, org.schoolscope.testing.TestUsers.officer("test"))).singleElement()
                .satisfies(report -> assertThat(report.reportedAs()).isEqualTo("HEADTEACHER"));
    }

    @Test
    void shouldExplainTheCategoryAndTheRulesThatDidNotFireWithoutShowingNotesToHeadteachersOrAnalysts()
            throws Exception {
        softIntelligence.record(school, new org.schoolscope.assessment.NewSoftIntelligenceNote(
                org.schoolscope.assessment.SoftIntelligenceTopic.LEADERSHIP_AND_MANAGEMENT, SECRET, "Chair",
                org.schoolscope.assessment.NoteSensitivity.HIGHLY_SENSITIVE, clock.today(),
                clock.today().plusMonths(3), true), org.schoolscope.testing.TestUsers.officer("officer.one"));
        runs.run(new LaCode(330), "test");
        String page = "/schools/" + school + "/assessment";

        for (String role : List.of("HEADTEACHER", "ANALYST")) {
            mvc.perform(get(page).with(TestUsers.allocated("someone", Role.valueOf(role), List.of(school))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("In crisis")))
                    // Issue 10: not even the note's author or date, nor the rule that read it, only that other
                    // information held by the council counted.
                    .andExpect(content().string(not(containsString("officer.one"))))
                    .andExpect(content().string(not(containsString("leadership-crisis"))))
                    .andExpect(content().string(containsString("Other information held by the council.")))
                    .andExpect(content().string(containsString("Rules checked that did not fire")))
                    .andExpect(content().string(containsString("data-rule=\"ofsted-inadequate\"")))
                    .andExpect(content().string(not(containsString(SECRET))))
                    .andExpect(content().string(not(containsString("/soft-intelligence\""))));
        }
        assertThat(audits("read")).isEmpty();

        mvc.perform(get(page).with(OFFICER)).andExpect(status().isOk())
                .andExpect(content().string(containsString(SECRET)))
                .andExpect(content().string(containsString("soft intelligence recorded by officer.one")))
                .andExpect(content().string(containsString("/schools/" + school + "/soft-intelligence\"")));
        // The standing notes and the reason the run took from one: two reads, both the officer's.
        assertThat(audits("read")).hasSize(2).extracting(AuditedAction::recordType)
                .containsExactlyInAnyOrder(SoftIntelligenceAudit.NOTE, SoftIntelligenceAudit.DERIVED_REASON);
        assertThat(audits("read")).allSatisfy(audit -> assertThat(audit.actor()).isEqualTo("officer.one"));
    }

    @Test
    void shouldListAndRecordNotesThroughTheApi() throws Exception {
        String api = "/api/v1/schools/" + school + "/soft-intelligence";
        mvc.perform(post(api).with(OFFICER).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"topic": "STAFF_VACANCIES", "learnt": "Two posts vacant", "source": "Head",
                 "sensitivity": "NORMAL", "notedOn": "2026-11-01", "reviewOn": "2027-01-31"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.recordedBy").value("officer.one"))
                .andExpect(jsonPath("$.leadershipCrisis").value(false));
        mvc.perform(post(api).with(OFFICER).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                {"topic": "STAFF_VACANCIES", "learnt": "", "source": "Head", "sensitivity": "NORMAL",
                 "notedOn": "2026-11-01", "reviewOn": "2027-01-31"}"""))
                .andExpect(status().isBadRequest());
        mvc.perform(get(api).with(user("board.one").roles("BOARD"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].learnt").value("Two posts vacant"))
                .andExpect(jsonPath("$[0].withdrawn").value(false));
        assertThat(audits("read")).singleElement()
                .satisfies(audit -> assertThat(audit.actor()).isEqualTo("board.one"));
        mvc.perform(get("/api/v1/schools/999999999/soft-intelligence").with(OFFICER))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldKeepSoftIntelligenceFromHeadteachersAndAnalystsInTheRouteRules() {
        // Soft intelligence's own routes; casework's referral (case workers only) is the casework module's.
        List<RouteRule> rules = routeRules.stream().flatMap(bean -> bean.routeRules().stream())
                .filter(rule -> rule.pattern().contains("soft-intelligence"))
                .filter(rule -> !rule.pattern().startsWith("/casework/")).toList();
        assertThat(rules).extracting(RouteRule::pattern).contains("/schools/{urn}/soft-intelligence",
                "/schools/{urn}/soft-intelligence/new", "/schools/{urn}/soft-intelligence/{id}/withdraw",
                "/api/v1/schools/{urn}/soft-intelligence");
        assertThat(rules).allSatisfy(rule -> assertThat(rule.roles()).doesNotContain(Role.HEADTEACHER, Role.ANALYST,
                Role.DCS));
        assertThat(rules).filteredOn(rule -> "POST".equals(rule.method()))
                .allSatisfy(rule -> assertThat(rule.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.OFFICER,
                        Role.PARTNER));
    }

    private List<AuditedAction> audits(String action) {
        return events.stream(SoftIntelligenceAudit.class).filter(audit -> audit.action().equals(action))
                .map(AuditedAction.class::cast).toList();
    }
}
