package org.schoolscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.assessment.Rulebooks;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRules;
import org.schoolscope.testing.CrisisNoteFixture;
import org.schoolscope.testing.MappedRoutes;
import org.schoolscope.testing.RouteWalk;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.schoolscope.testing.SettableClock;

/**
 * Issue 10, part 2: with a leadership-crisis note at Shaw Hill Primary School (and one at an academy) and a run
 * that read them, each of the seven roles walks every GET route the application maps (the school's pages and API
 * answers, the lists, comparisons, dashboards and agendas, the priority list's CSV and XLSX, every letter as PDF and
 * the zip, the academy notification, the monthly report as page, PDF and XLSX) and produces the documents that are
 * posted for (a what-if, a letter of concern). Where the role may not read notes, nothing shows the note's text or
 * source, its author, its date or the words of the rule that read it; no letter or export shows any of them to
 * anyone. A role that may read notes does see them on the pages, so the search is shown to find them.
 */
@SpringBootTest(properties = {"schoolscope.sample-data.load-on-first-start=true",
        "schoolscope.test.isolated-database=crisis-note"})
@AutoConfigureMockMvc
class ConfidentialityTest {

    /** Each role's user; a partner and a headteacher hold the school with the note. */
    static final Map<Role, RequestPostProcessor> USERS = new EnumMap<>(Map.ofEntries(
            Map.entry(Role.ADMIN, user("ada.admin").roles("ADMIN")),
            Map.entry(Role.OFFICER, user("olive.officer").roles("OFFICER")),
            Map.entry(Role.PARTNER, TestUsers.allocated("pat.partner", Role.PARTNER, List.of(CrisisNoteFixture.SCHOOL))),
            Map.entry(Role.BOARD, user("bea.board").roles("BOARD")),
            Map.entry(Role.DCS, user("dee.director").roles("DCS")),
            Map.entry(Role.HEADTEACHER,
                    TestUsers.allocated("hal.head", Role.HEADTEACHER, List.of(CrisisNoteFixture.SCHOOL))),
            Map.entry(Role.ANALYST, user("ann.analyst").roles("ANALYST")),
            Map.entry(Role.ATTENDANCE_OFFICER, user("abe.attendance").roles("ATTENDANCE_OFFICER")),
            Map.entry(Role.CASE_WORKER, user("cas.worker").roles("CASE_WORKER")),
            Map.entry(Role.GOVERNOR_SERVICES, user("gina.services").roles("GOVERNOR_SERVICES")),
            Map.entry(Role.SAFEGUARDING_OFFICER, user("sam.safeguarding").roles("SAFEGUARDING_OFFICER"))));

    @Autowired
    SettableClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rulebooks rulebooks;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<RouteRules> rules;

    @Test
    void shouldShowTheNoteAndWhatCameFromItOnlyToRolesThatMayReadNotesAndInNoLetterOrExport() throws Exception {
        CrisisNoteFixture.Made made = CrisisNoteFixture.load(context);
        Set<String> patterns = MappedRoutes.getPatterns(mappings, rules);
        List<String> traces = new ArrayList<>();
        int documents = 0;
        for (Role role : Role.values()) {
            boolean readsNotes = ViewerScope.NOTE_READERS.contains(role);
            List<RouteWalk.Visit> visits = new ArrayList<>();
            for (String pattern : patterns) {
                for (String path : RouteWalk.paths(pattern, made, YearMonth.now(clock))) {
                    visits.add(RouteWalk.visit(mvc, path, USERS.get(role)));
                }
            }
            visits.addAll(postedDocuments(made, role));
            for (RouteWalk.Visit visit : visits) {
                if (!visit.path().startsWith("/error")) {
                    assertThat(visit.status()).as(role + " " + visit.path()).isLessThan(500);
                }
                if (isDocument(visit) && visit.status() == 200) {
                    documents++;
                }
                if (isDocument(visit) || !readsNotes) {
                    traces.addAll(traces(role, visit, made));
                }
            }
            if (readsNotes) {
                assertPermittedReaderSeesTheNote(role, made, visits);
            } else {
                assertThat(find(visits, "/schools/" + made.school() + "/assessment").text())
                        .as(role + " is told only that other information counted")
                        .contains("Other information held by the council.");
            }
        }
        assertThat(traces).as("the note, its author, its date or its rule where they must not be").isEmpty();
        assertThat(documents).as("letters, reports and exports opened").isGreaterThan(20);
        assertThat(auditedReadersOfReasons()).as("who was given reasons from soft intelligence")
                .contains("ada.admin", "olive.officer", "pat.partner", "bea.board")
                .doesNotContain("dee.director", "hal.head", "ann.analyst");
    }

    /** Every place the visit shows something it must not to this role. */
    private List<String> traces(Role role, RouteWalk.Visit visit, CrisisNoteFixture.Made made) {
        List<String> found = new ArrayList<>();
        String text = visit.text().replaceAll("\\s+", " ");
        String squeezed = text.replaceAll("\\s+", "");
        List<String> words = new ArrayList<>(List.of(CrisisNoteFixture.SECRET, CrisisNoteFixture.SOURCE,
                CrisisNoteFixture.AUTHOR));
        words.addAll(made.noteDates());
        // The rulebook itself names the rule: it is the council's published policy, the same for every school,
        // and says what the rule checks, not that it fired for anyone. Everywhere else its words give it away.
        if (!isRulebook(visit.path())) {
            words.addAll(List.of(CrisisNoteFixture.RULE_ID, CrisisNoteFixture.RULE_DESCRIPTION,
                    "soft.leadership_crisis"));
        }
        for (String word : words) {
            if (squeezed.contains(word.replaceAll("\\s+", ""))) {
                found.add(role + " " + visit.status() + " " + visit.path() + " shows \"" + word + "\"");
            }
        }
        return found;
    }

    /**
     * A letter, report or export, which carries nothing from soft intelligence whoever downloads it. The audit log's
     * CSV is not one: it is the record of who recorded and read notes, which must name them, and only
     * administrators, who may read notes, can download it.
     */
    private static boolean isDocument(RouteWalk.Visit visit) {
        return visit.isDocument() && !visit.path().startsWith("/admin/audit");
    }

    /** The rulebook's pages and API, and the what-if page, which shows the rulebook as a draft to edit. */
    private static boolean isRulebook(String path) {
        String route = path.replaceFirst("^POST ", "");
        return route.startsWith("/assessments/rulebook") || route.startsWith("/api/v1/assessments/rulebook");
    }

    /** A reader sees the note where it is shown, so the search above would have found it. */
    private static void assertPermittedReaderSeesTheNote(Role role, CrisisNoteFixture.Made made,
            List<RouteWalk.Visit> visits) {
        RouteWalk.Visit explanation = find(visits, "/schools/" + made.school() + "/assessment");
        assertThat(explanation.text()).as(role + " reads the explanation with the note")
                .contains(CrisisNoteFixture.SECRET, CrisisNoteFixture.RULE_DESCRIPTION, CrisisNoteFixture.AUTHOR);
        assertThat(find(visits, "/api/v1/assessments/latest/schools/" + made.school()).text())
                .as(role + " reads the reason through the API").contains(CrisisNoteFixture.RULE_ID,
                        CrisisNoteFixture.AUTHOR);
        assertThat(find(visits, "/schools/" + made.school() + "/soft-intelligence").text())
                .as(role + " reads the notes").contains(CrisisNoteFixture.SECRET, CrisisNoteFixture.SOURCE);
        assertThat(find(visits, "/assessments/priority-list").text()).as(role + " reads the list's reasons")
                .contains(CrisisNoteFixture.RULE_DESCRIPTION);
        assertThat(find(visits, "/assessments/priority-list.csv").text())
                .as(role + " downloads the list with the reason withheld")
                .contains("Other information held by the council.");
        if (role == Role.ADMIN) {
            assertThat(find(visits, "/correspondence/letters/stage-1/" + made.school() + ".pdf").text()
                    .replaceAll("\\s+", "")).as("the Stage 1 letter says that other information counted")
                    .contains("Otherinformationheldbythecouncil.");
            assertThat(find(visits, "/correspondence/academy-notification.pdf").text().replaceAll("\\s+", ""))
                    .as("the academy notification names the academy with the note, and no more")
                    .contains(made.academy().toString(), "Otherinformationheldbythecouncil.");
        }
    }

    /** What is produced only by posting: a what-if on the latest rulebook, and a letter of concern. */
    private List<RouteWalk.Visit> postedDocuments(CrisisNoteFixture.Made made, Role role) throws Exception {
        RequestPostProcessor user = USERS.get(role);
        List<RouteWalk.Visit> visits = new ArrayList<>();
        String yaml = rulebooks.latest().yaml();
        visits.add(RouteWalk.answer(mvc, post("/assessments/rulebook/what-if").with(user).with(csrf())
                .param("change", "draft").param("yaml", yaml), "POST /assessments/rulebook/what-if"));
        visits.add(RouteWalk.answer(mvc, post("/api/v1/assessments/what-if").with(user).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"), "POST /api/v1/assessments/what-if"));
        visits.add(RouteWalk.answer(mvc, post("/correspondence/letters-of-concern/" + made.school()).with(user)
                .with(csrf()).param("concerns", "Progress on the action plan is too slow")
                .param("requiredActions", "Agree a revised plan with the priority partner"),
                "POST /correspondence/letters-of-concern/" + made.school()));
        return visits;
    }

    private List<String> auditedReadersOfReasons() {
        return jdbc.sql("select distinct actor from audit_event where record_type = 'soft-intelligence-reason'")
                .query(String.class).list();
    }

    private static RouteWalk.Visit find(List<RouteWalk.Visit> visits, String path) {
        return visits.stream().filter(visit -> visit.path().equals(path)).findFirst().orElseThrow(
                () -> new AssertionError("the walk did not visit " + path));
    }
}
