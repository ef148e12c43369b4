package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.MappedRoutes;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Issue 13's independent access matrix: who may use each route is written by hand in {@link #MATRIX} below, from the
 * README's roles table, and never read from the service's own rules. Every route the application maps must have a
 * line (the test names any that has none); every route is tried as every role and as an anonymous visitor, a route
 * with a school in its address with the viewer's own school and with another; a 5xx is a failure, never "allowed".
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class AccessMatrixTest {

    /**
     * Who may use each route: {@code anyone} (signed in or not), {@code everyone} (every signed-in role), or the roles
     * that may. Partners and headteachers hold one school: on a route with {@code {urn}} they may use it for that
     * school only (README, "Which schools"). Everyone else is refused (403); an anonymous visitor is sent to sign in
     * (401 on the API). Adding a route is adding one line.
     */
    static final String MATRIX = """
            # method  route                                                  who may use it
            GET   /                                                          everyone
            GET   /dashboard                                                 everyone
            GET   /dashboard/outcomes/{measure}                              everyone
            GET   /sign-in                                                   anyone
            GET   /setup                                                     anyone
            POST  /setup                                                     anyone
            GET   /error                                                     anyone
            POST  /error                                                     anyone

            # schools and their pages
            GET   /schools                                                   everyone
            GET   /schools/{urn}                                             everyone
            GET   /schools/{urn}/assessment                                  everyone
            GET   /schools/{urn}/soft-intelligence                           ADMIN OFFICER PARTNER BOARD
            GET   /schools/{urn}/soft-intelligence/new                       ADMIN OFFICER PARTNER
            POST  /schools/{urn}/soft-intelligence                           ADMIN OFFICER PARTNER
            POST  /schools/{urn}/soft-intelligence/{id}/withdraw             ADMIN OFFICER PARTNER
            GET   /schools/{urn}/self-report                                 ADMIN OFFICER PARTNER HEADTEACHER
            POST  /schools/{urn}/self-report                                 ADMIN OFFICER PARTNER HEADTEACHER
            POST  /schools/{urn}/self-report/{id}/withdraw                   ADMIN OFFICER PARTNER HEADTEACHER
            GET   /imports                                                   ADMIN OFFICER ANALYST
            GET   /imports/{id}                                              ADMIN OFFICER ANALYST

            # assessment: priority list, rulebook, runs, overrides, what-if
            GET   /assessments/priority-list                                 everyone
            GET   /assessments/priority-list.csv                             everyone
            GET   /assessments/priority-list.xlsx                            everyone
            GET   /assessments/overrides/new                                 ADMIN OFFICER
            POST  /assessments/overrides                                     ADMIN OFFICER
            GET   /assessments/overrides/{id}/withdrawal                     ADMIN OFFICER
            POST  /assessments/overrides/{id}/withdrawal                     ADMIN OFFICER
            GET   /assessments/runs-page                                     ADMIN OFFICER
            POST  /assessments/runs-page                                     ADMIN OFFICER
            GET   /assessments/runs                                          ADMIN OFFICER PARTNER BOARD DCS ANALYST
            GET   /assessments/runs/compare                                  ADMIN OFFICER PARTNER BOARD DCS ANALYST
            GET   /assessments/rulebook                                      ADMIN OFFICER PARTNER BOARD DCS ANALYST
            GET   /assessments/rulebook/versions/{n}                         ADMIN OFFICER PARTNER BOARD DCS ANALYST
            GET   /assessments/rulebook/edit                                 ADMIN OFFICER
            POST  /assessments/rulebook/edit                                 ADMIN OFFICER
            GET   /assessments/rulebook/what-if                              ADMIN OFFICER ANALYST
            POST  /assessments/rulebook/what-if                              ADMIN OFFICER ANALYST

            # the improvement cycle
            GET   /improvement                                               ADMIN OFFICER PARTNER BOARD DCS
            GET   /improvement/partners                                      ADMIN OFFICER PARTNER BOARD DCS
            GET   /improvement/list                                          ADMIN OFFICER PARTNER BOARD DCS
            POST  /improvement/list/propose                                  ADMIN OFFICER
            GET   /improvement/list/agree                                    ADMIN OFFICER
            POST  /improvement/list/agree                                    ADMIN OFFICER
            GET   /improvement/board-meetings                                ADMIN OFFICER PARTNER BOARD DCS
            POST  /improvement/board-meetings                                ADMIN OFFICER
            GET   /improvement/board-meetings/{id}                           ADMIN OFFICER PARTNER BOARD DCS
            GET   /improvement/schools/{urn}                                 ADMIN OFFICER PARTNER BOARD DCS HEADTEACHER
            GET   /improvement/schools/{urn}/steps/carry-forward             ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/carry-forward             ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/vulnerability-visit       ADMIN OFFICER PARTNER
            POST  /improvement/schools/{urn}/steps/vulnerability-visit       ADMIN OFFICER PARTNER
            GET   /improvement/schools/{urn}/steps/take-off                  ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/take-off                  ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/put-back                  ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/put-back                  ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/partner                   ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/partner                   ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/self-report               ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/self-report               ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/plan                      ADMIN OFFICER PARTNER
            POST  /improvement/schools/{urn}/steps/plan                      ADMIN OFFICER PARTNER
            GET   /improvement/schools/{urn}/steps/action                    ADMIN OFFICER PARTNER
            POST  /improvement/schools/{urn}/steps/action                    ADMIN OFFICER PARTNER
            GET   /improvement/schools/{urn}/steps/action-status             ADMIN OFFICER PARTNER
            POST  /improvement/schools/{urn}/steps/action-status             ADMIN OFFICER PARTNER
            GET   /improvement/schools/{urn}/steps/progress                  ADMIN OFFICER PARTNER
            POST  /improvement/schools/{urn}/steps/progress                  ADMIN OFFICER PARTNER
            GET   /improvement/schools/{urn}/steps/partner-visit             ADMIN OFFICER PARTNER
            POST  /improvement/schools/{urn}/steps/partner-visit             ADMIN OFFICER PARTNER
            GET   /improvement/schools/{urn}/steps/recommendation            ADMIN OFFICER BOARD
            POST  /improvement/schools/{urn}/steps/recommendation            ADMIN OFFICER BOARD
            GET   /improvement/schools/{urn}/steps/dcs-decision              DCS
            POST  /improvement/schools/{urn}/steps/dcs-decision              DCS
            GET   /improvement/schools/{urn}/steps/warning-notice            ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/warning-notice            ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/compliance                ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/compliance                ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/notice-closed             ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/notice-closed             ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/concern-meeting           ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/concern-meeting           ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/escalation                ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/escalation                ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/inspection                ADMIN OFFICER PARTNER
            POST  /improvement/schools/{urn}/steps/inspection                ADMIN OFFICER PARTNER
            GET   /improvement/schools/{urn}/steps/removal                   ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/removal                   ADMIN OFFICER
            GET   /improvement/schools/{urn}/steps/withdrawal                ADMIN OFFICER
            POST  /improvement/schools/{urn}/steps/withdrawal                ADMIN OFFICER

            # letters and reports
            GET   /correspondence/letters/stage-1                            ADMIN OFFICER
            GET   /correspondence/letters/stage-1.zip                        ADMIN OFFICER
            POST  /correspondence/letters/stage-1/send                       ADMIN OFFICER
            GET   /correspondence/letters/stage-1/{urn}.pdf                  ADMIN OFFICER HEADTEACHER
            GET   /correspondence/academy-notification                       ADMIN OFFICER
            GET   /correspondence/academy-notification.pdf                   ADMIN OFFICER
            GET   /correspondence/letters-of-concern/{urn}                   ADMIN OFFICER BOARD
            POST  /correspondence/letters-of-concern/{urn}                   ADMIN OFFICER BOARD
            GET   /correspondence/monthly-report                             ADMIN OFFICER BOARD DCS ANALYST
            GET   /correspondence/monthly-report.pdf                         ADMIN OFFICER BOARD DCS ANALYST
            GET   /correspondence/monthly-report.xlsx                        ADMIN OFFICER BOARD DCS ANALYST
            POST  /correspondence/monthly-report/sent                        ADMIN OFFICER
            GET   /correspondence/improvement-letters/{id}.pdf               ADMIN OFFICER PARTNER BOARD DCS HEADTEACHER
            GET   /correspondence/monthly-report/sent.pdf                    ADMIN OFFICER BOARD DCS ANALYST

            # attendance: aggregates for the council's roles and a school's own; pupil rows for attendance officers and
            # the school's headteacher only; only attendance officers record a meeting (README, Attendance)
            GET   /attendance                                                ADMIN OFFICER PARTNER BOARD DCS HEADTEACHER ANALYST ATTENDANCE_OFFICER
            GET   /attendance/codes                                          everyone
            GET   /attendance/councils/{la}                                  ADMIN OFFICER BOARD DCS ANALYST ATTENDANCE_OFFICER
            GET   /attendance/councils/{la}/meetings                         ADMIN OFFICER DCS ATTENDANCE_OFFICER
            GET   /attendance/councils/{la}/meetings.xlsx                    ADMIN OFFICER DCS ATTENDANCE_OFFICER
            GET   /attendance/councils/{la}/meetings.pdf                     ADMIN OFFICER DCS ATTENDANCE_OFFICER
            GET   /attendance/schools/{urn}                                  ADMIN OFFICER PARTNER BOARD DCS HEADTEACHER ANALYST ATTENDANCE_OFFICER
            GET   /attendance/schools/{urn}/pupils                           HEADTEACHER ATTENDANCE_OFFICER
            GET   /attendance/schools/{urn}/meetings/{year}/{term}           HEADTEACHER ATTENDANCE_OFFICER
            POST  /attendance/schools/{urn}/meetings/{year}/{term}           ATTENDANCE_OFFICER
            GET   /attendance/schools/{urn}/meetings/{year}/{term}/pack.pdf  HEADTEACHER ATTENDANCE_OFFICER
            GET   /attendance/schools/{urn}/meetings/{year}/{term}/pack.xlsx HEADTEACHER ATTENDANCE_OFFICER

            # returns: governor services and the safeguarding officer set up and chase; the safeguarding officer (and
            # officers) sample, visit and audit; a headteacher sees and answers their own school's only (README, Roles)
            GET   /returns                                                   ADMIN OFFICER BOARD DCS HEADTEACHER ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/new                                               ADMIN OFFICER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            POST  /returns                                                   ADMIN OFFICER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}                                              ADMIN OFFICER BOARD DCS ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}/chase-list                                   ADMIN OFFICER BOARD DCS ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}/chase-list.pdf                               ADMIN OFFICER BOARD DCS ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}/chase-list.xlsx                              ADMIN OFFICER BOARD DCS ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            POST  /returns/{id}/schools/{urn}/chase                          ADMIN OFFICER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}/schools/{urn}                                ADMIN OFFICER BOARD DCS HEADTEACHER ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            POST  /returns/{id}/schools/{urn}                                ADMIN OFFICER HEADTEACHER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}/schools/{urn}/history                        ADMIN OFFICER BOARD DCS HEADTEACHER ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}/sample                                       ADMIN OFFICER BOARD DCS ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            POST  /returns/{id}/sample                                       ADMIN OFFICER SAFEGUARDING_OFFICER
            GET   /returns/{id}/sample/check                                 ADMIN OFFICER BOARD DCS ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /returns/{id}/sample/schools/{urn}/visit                   ADMIN OFFICER SAFEGUARDING_OFFICER
            POST  /returns/{id}/sample/schools/{urn}/visit                   ADMIN OFFICER SAFEGUARDING_OFFICER
            POST  /returns/{id}/full-audits                                  ADMIN OFFICER SAFEGUARDING_OFFICER
            GET   /returns/audits/{auditId}                                  ADMIN OFFICER BOARD DCS ANALYST GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            POST  /returns/audits/{auditId}/entries                          ADMIN OFFICER SAFEGUARDING_OFFICER

            # governance: governor services (and officers) keep the register; analysts see only numbers that name no one;
            # a headteacher or partner reads their own school's governing body
            GET   /governance                                                ADMIN OFFICER BOARD DCS ANALYST CASE_WORKER GOVERNOR_SERVICES
            GET   /governance/over-limit                                     ADMIN OFFICER BOARD DCS CASE_WORKER GOVERNOR_SERVICES
            GET   /governance/matches                                        ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/matches                                        ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/import                                         ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/import                                         ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/schools/{urn}                                  ADMIN OFFICER PARTNER BOARD DCS HEADTEACHER CASE_WORKER GOVERNOR_SERVICES
            GET   /governance/schools/{urn}/governors/new                    ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/schools/{urn}/governors/new                    ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/schools/{urn}/vacancies/new                    ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/schools/{urn}/vacancies/new                    ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/schools/{urn}/vacancies/{id}/fill              ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/schools/{urn}/vacancies/{id}/fill              ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/schools/{urn}/appointments/{id}/end            ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/schools/{urn}/appointments/{id}/end            ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/schools/{urn}/officers                         ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/schools/{urn}/officers                         ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/schools/{urn}/website-check                    ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/schools/{urn}/website-check                    ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/people/{id}                                    ADMIN OFFICER BOARD DCS CASE_WORKER GOVERNOR_SERVICES
            GET   /governance/people/{id}/interests/new                      ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/people/{id}/interests/new                      ADMIN OFFICER GOVERNOR_SERVICES
            GET   /governance/people/{id}/training/new                       ADMIN OFFICER GOVERNOR_SERVICES
            POST  /governance/people/{id}/training/new                       ADMIN OFFICER GOVERNOR_SERVICES

            # casework: case workers alone log and work cases (and see who raised one); officers, the Director and the
            # safeguarding officer read cases with that protected; reports name no one; never headteachers or partners
            GET   /casework                                                  ADMIN OFFICER DCS CASE_WORKER SAFEGUARDING_OFFICER
            GET   /casework/cases/new                                        CASE_WORKER
            POST  /casework/cases/new                                        CASE_WORKER
            GET   /casework/cases/{id}                                       ADMIN OFFICER DCS CASE_WORKER SAFEGUARDING_OFFICER
            GET   /casework/cases/{id}/triage                                CASE_WORKER
            POST  /casework/cases/{id}/triage                                CASE_WORKER
            GET   /casework/cases/{id}/assign                                CASE_WORKER
            POST  /casework/cases/{id}/assign                                CASE_WORKER
            GET   /casework/cases/{id}/acknowledge                           CASE_WORKER
            POST  /casework/cases/{id}/acknowledge                           CASE_WORKER
            GET   /casework/cases/{id}/action                                CASE_WORKER
            POST  /casework/cases/{id}/action                                CASE_WORKER
            GET   /casework/cases/{id}/respond                               CASE_WORKER
            POST  /casework/cases/{id}/respond                               CASE_WORKER
            GET   /casework/cases/{id}/close                                 CASE_WORKER
            POST  /casework/cases/{id}/close                                 CASE_WORKER
            GET   /casework/cases/{id}/refer-soft-intelligence               CASE_WORKER
            POST  /casework/cases/{id}/refer-soft-intelligence               CASE_WORKER
            GET   /casework/cases/{id}/refer-safeguarding                    CASE_WORKER
            POST  /casework/cases/{id}/refer-safeguarding                    CASE_WORKER
            GET   /casework/reports                                          ADMIN OFFICER BOARD DCS ANALYST CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER

            # users, tokens and the audit log
            GET   /account/tokens                                            everyone
            POST  /account/tokens                                            everyone
            POST  /account/tokens/{id}/revoke                                everyone
            GET   /admin/users                                               ADMIN
            GET   /admin/users/new                                           ADMIN
            POST  /admin/users                                               ADMIN
            GET   /admin/users/{id}                                          ADMIN
            POST  /admin/users/{id}                                          ADMIN
            GET   /admin/audit                                               ADMIN
            GET   /admin/audit.csv                                           ADMIN

            # the API
            GET   /api/v1/openapi                                            everyone
            GET   /api/v1/openapi.yaml                                       everyone
            GET   /using-the-api                                             everyone
            GET   /api/v1/overview                                           everyone
            GET   /api/v1/dashboard                                          everyone
            GET   /api/v1/schools                                            everyone
            GET   /api/v1/schools/{urn}                                      everyone
            GET   /api/v1/schools/{urn}/soft-intelligence                    ADMIN OFFICER PARTNER BOARD
            POST  /api/v1/schools/{urn}/soft-intelligence                    ADMIN OFFICER PARTNER
            GET   /api/v1/assessments/latest/schools/{urn}                   everyone
            GET   /api/v1/assessments/rulebook                               ADMIN OFFICER PARTNER BOARD DCS ANALYST
            POST  /api/v1/assessments/rulebook                               ADMIN OFFICER
            GET   /api/v1/assessments/rulebook/versions                      ADMIN OFFICER PARTNER BOARD DCS ANALYST
            GET   /api/v1/assessments/rulebook/versions/{n}                  ADMIN OFFICER PARTNER BOARD DCS ANALYST
            GET   /api/v1/assessments/runs                                   ADMIN OFFICER PARTNER BOARD DCS ANALYST
            POST  /api/v1/assessments/runs                                   ADMIN OFFICER
            GET   /api/v1/assessments/runs/{id}                              ADMIN OFFICER
            GET   /api/v1/assessments/runs/{id}/comparison                   ADMIN OFFICER PARTNER BOARD DCS ANALYST
            POST  /api/v1/assessments/runs/{id}/reproductions                ADMIN OFFICER
            POST  /api/v1/assessments/what-if                                ADMIN OFFICER ANALYST
            GET   /api/v1/improvement/schools/{urn}/timeline                 ADMIN OFFICER PARTNER BOARD DCS HEADTEACHER

            # the directorate scorecard: published council and England figures; not a headteacher's (own school only)
            GET   /scorecard                                                 ADMIN OFFICER PARTNER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /scorecard/indicators/{code}                               ADMIN OFFICER PARTNER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /api/v1/scorecard                                          ADMIN OFFICER PARTNER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /api/v1/indicators/{code}                                  ADMIN OFFICER PARTNER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            # officers enter the values no source holds and set a status; the Director, board and analysts read
            POST  /scorecard/indicators/{code}/entries                       ADMIN OFFICER
            POST  /scorecard/indicators/{code}/status-overrides              ADMIN OFFICER
            POST  /scorecard/snapshots                                       ADMIN OFFICER
            GET   /scorecard/snapshots                                       ADMIN OFFICER PARTNER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /scorecard/snapshots/{id}                                  ADMIN OFFICER PARTNER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            # the improvement plans: the directorate's own account of its work, read by its people, not the partner's or
            # a headteacher's; officers record progress
            GET   /scorecard/plans                                           ADMIN OFFICER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /scorecard/plans/{id}                                      ADMIN OFFICER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /scorecard/plans/{id}/plan.xlsx                            ADMIN OFFICER BOARD DCS ANALYST ATTENDANCE_OFFICER CASE_WORKER GOVERNOR_SERVICES SAFEGUARDING_OFFICER
            GET   /scorecard/plans/actions/{id}/updates/new                 OFFICER
            POST  /scorecard/plans/actions/{id}/updates                     OFFICER
            """;

    /** Roles that see only the schools allocated to them (README, "Which schools"). */
    static final Set<Role> OWN_SCHOOLS_ONLY = EnumSet.of(Role.PARTNER, Role.HEADTEACHER);

    static final String OWN_SCHOOL = "103157";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<RouteRules> ruleSources;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeRunsTheMatrixStarted() {
        // Runs are append-only: the cleaner removes them as the embedded server's superuser.
        DatabaseCleaner.empty(jdbc, "assessment_run");
    }

    /** One line of the matrix: who may use the route. */
    record Expected(boolean anyone, Set<Role> roles) {

        boolean allows(Role role, boolean ownSchool) {
            return anyone || roles.contains(role) && (ownSchool || !OWN_SCHOOLS_ONLY.contains(role));
        }
    }

    @Test
    void shouldHaveALineInTheMatrixForEveryMappedRoute() {
        Map<String, Expected> matrix = matrix();
        List<String> missing = routes(matrix).stream().filter(route -> !matrix.containsKey(route)).toList();
        assertThat(missing).as("routes the application maps that have no line in AccessMatrixTest.MATRIX: add "
                + "one line for each, saying who may use it (README, Roles)").isEmpty();
        List<String> stale = matrix.keySet().stream().filter(route -> !routes(matrix).contains(route)).toList();
        assertThat(stale).as("lines in the matrix for routes the application does not map").isEmpty();
    }

    @Test
    void shouldAllowAndRefuseEveryRouteForEveryRoleAsTheMatrixSays() throws Exception {
        Map<String, Expected> matrix = matrix();
        String otherSchool = jdbc.sql("select urn::text from school where urn <> :own order by urn limit 1")
                .param("own", Integer.parseInt(OWN_SCHOOL)).query(String.class).single();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String route : routes(matrix)) {
            Expected expected = matrix.get(route);
            if (expected == null) {
                continue; // named by shouldHaveALineInTheMatrixForEveryMappedRoute
            }
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            List<String> schools = pattern.contains("{urn}") ? List.of(OWN_SCHOOL, otherSchool) : List.of(OWN_SCHOOL);
            for (String school : schools) {
                String path = concrete(pattern, school);
                for (Role role : Role.values()) {
                    MockHttpServletResponse response = perform(method, path, role);
                    String problem = judge(response, expected.allows(role, school.equals(OWN_SCHOOL)), false,
                            path);
                    if (problem != null) {
                        wrong.add(role + " " + method + " " + path + ": " + problem);
                    }
                    checked++;
                }
                MockHttpServletResponse anonymous = perform(method, path, null);
                String problem = judge(anonymous, expected.anyone(), true, path);
                if (problem != null) {
                    wrong.add("anonymous " + method + " " + path + ": " + problem);
                }
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void shouldRefuseAHeadteacherWhoChangesTheUrnInTheUrl() throws Exception {
        String otherSchool = jdbc.sql("select urn::text from school where urn <> :own order by urn limit 1")
                .param("own", Integer.parseInt(OWN_SCHOOL)).query(String.class).single();
        var headteacher = TestUsers.allocated("head", Role.HEADTEACHER, List.of(Urn.parse(OWN_SCHOOL)));
        mvc.perform(get("/schools/" + OWN_SCHOOL).with(headteacher)).andExpect(status().isOk());
        mvc.perform(get("/schools/" + otherSchool).with(headteacher)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schools/" + OWN_SCHOOL).with(headteacher)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/schools/" + otherSchool).with(headteacher)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/schools/" + " " + otherSchool).with(headteacher))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldListOnlyTheirOwnSchoolsToAPartner() throws Exception {
        var partner = TestUsers.allocated("partner", Role.PARTNER, List.of(Urn.parse(OWN_SCHOOL)));
        mvc.perform(get("/api/v1/schools").with(partner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.schools[0].urn").value(103157));
        String page = mvc.perform(get("/schools").with(partner)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Shaw Hill Primary School");
        var officer = user("officer").roles("OFFICER");
        mvc.perform(get("/api/v1/schools").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(100)));
    }

    /** What is wrong with the answer, or null when it is what the matrix says. */
    private static String judge(MockHttpServletResponse response, boolean allowed, boolean anonymous, String path) {
        int status = response.getStatus();
        if (status >= 500) {
            return "failed with " + status + " (a server error is never an answer)";
        }
        boolean api = path.startsWith("/api/");
        boolean sentToSignIn = status == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/sign-in");
        boolean refused = anonymous ? (api ? status == 401 : sentToSignIn) : status == 403;
        if (allowed && (refused || status == 401 || status == 403)) {
            return "expected allowed, got " + status;
        }
        if (!allowed && !refused) {
            return "expected " + (anonymous ? (api ? "401" : "to be sent to sign in") : "403") + ", got " + status;
        }
        return null;
    }

    private MockHttpServletResponse perform(String method, String path, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
        if (path.equals("/error")) {
            // The error page is reached by the container's error dispatch, which says which error it shows; asked
            // with none, it would show an unknown error as 500. Here it shows a page that was not found.
            request.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404);
        }
        if (role != null) {
            request.with(TestUsers.allocated("matrix-" + role.name().toLowerCase(), role,
                    List.of(Urn.parse(OWN_SCHOOL))));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A real path for a route: the school, a run, user or version that does not exist, one more segment. */
    private static String concrete(String pattern, String school) {
        return MappedRoutes.concrete(pattern, Map.of("urn", school, "id", "999999", "n", "999999"))
                .replaceAll("\\{[^}]+}", "x").replace("/**", "/x");
    }

    /** The matrix as written: "METHOD /route" to who may use it. */
    static Map<String, Expected> matrix() {
        Map<String, Expected> matrix = new LinkedHashMap<>();
        for (String line : MATRIX.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            String who = String.join(" ", Arrays.copyOfRange(words, 2, words.length));
            Expected expected = switch (who) {
                case "anyone" -> new Expected(true, EnumSet.allOf(Role.class));
                case "everyone" -> new Expected(false, EnumSet.allOf(Role.class));
                default -> new Expected(false, EnumSet.copyOf(Arrays.stream(words, 2, words.length)
                        .map(Role::valueOf).toList()));
            };
            if (matrix.put(words[0] + " " + words[1], expected) != null) {
                throw new IllegalStateException("Two lines for " + words[0] + " " + words[1]);
            }
        }
        return matrix;
    }

    /**
     * Every route the application maps, as "METHOD /pattern". A mapping with a variable that picks a kind of page
     * (an improvement step's {@code {step}}) stands for each value: those the matrix lists and those any module's
     * rules name, so a new value with no line is reported like a new route.
     */
    private Set<String> routes(Map<String, Expected> matrix) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST")
                    : methods.stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : names) {
                    routes.addAll(valuesOf(method, pattern, matrix));
                }
            }
        }
        return routes;
    }

    private List<String> valuesOf(String method, String pattern, Map<String, Expected> matrix) {
        String rest = pattern.replace("{urn}", "").replace("{id}", "").replace("{n}", "");
        if (!rest.contains("{")) {
            return List.of(method + " " + pattern);
        }
        PathPattern mapped = PathPatternParser.defaultInstance.parse(pattern);
        List<String> candidates = new ArrayList<>(matrix.keySet().stream()
                .filter(route -> route.startsWith(method + " ")).map(route -> route.substring(method.length() + 1))
                .toList());
        ruleSources.stream().flatMap(source -> source.routeRules().stream())
                .filter(rule -> rule.method() == null || rule.method().equals(method)).map(RouteRule::pattern)
                .forEach(candidates::add);
        List<String> values = candidates.stream().filter(candidate -> !candidate.equals(pattern))
                .filter(candidate -> mapped.matches(PathContainer.parsePath(concrete(candidate, OWN_SCHOOL))))
                .distinct().map(candidate -> method + " " + candidate).toList();
        return values.isEmpty() ? List.of(method + " " + pattern) : values;
    }
}
