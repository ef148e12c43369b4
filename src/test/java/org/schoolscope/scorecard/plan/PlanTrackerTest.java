package org.schoolscope.scorecard.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.scorecard.plan.PlanViews.Action;
import org.schoolscope.scorecard.plan.PlanViews.Outcome;
import org.schoolscope.scorecard.plan.PlanViews.Plan;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.SettableClock;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The improvement plan tracker against the embedded database: the example plan as seed 001 sets it out (the counts
 * below are counted by hand from the document's "We will" lists), dated updates kept for good with the latest shown
 * as the status, and a milestone overdue by the service's today.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanTrackerTest {

    private static final RequestPostProcessor OFFICER = user("olive.officer").roles("OFFICER");

    /** Seed 001, "We will" under each outcome, counted by hand: 5, 4, 5, 6, 4 and 6 actions, 30 in all. */
    private static final List<String> OUTCOMES = List.of(
            "Securing a good school place for children in the city",
            "Raising attainment and closing gaps for children across Birmingham",
            "Children and young people with SEND have their needs met in appropriate provision",
            "Children are safe and develop resilience",
            "Preparing young people to leave school with the skills they need for life",
            "Develop and broker strong support services for schools");
    private static final List<Integer> ACTIONS = List.of(5, 4, 5, 6, 4, 6);

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SettableClock clock;

    private long planId;

    @BeforeEach
    void theExamplePlan() {
        DatabaseCleaner.empty(jdbc, "improvement_plan", "audit_event", "indicator_catalogue_version");
        planId = plans.loadExampleIfAbsent("tester");
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void shouldLoadSeed001sSixOutcomesAndTheirThirtyActionsWithNoProgress() throws Exception {
        assertThat(plans.loadExampleIfAbsent("tester")).isEqualTo(planId);
        assertThat(plans.list()).hasSize(1);
        Plan plan = plans.find(planId).orElseThrow();

        assertThat(plan.title()).isEqualTo("Example: the 2017-18 plan from the council's document");
        assertThat(plan.period()).isEqualTo("2017-18");
        assertThat(plan.example()).isTrue();
        assertThat(plan.outcomes()).extracting(Outcome::title).containsExactlyElementsOf(OUTCOMES);
        assertThat(plan.outcomes()).extracting(outcome -> outcome.actions().size())
                .containsExactlyElementsOf(ACTIONS);
        assertThat(plan.actionCount()).isEqualTo(30);
        assertThat(plan.outcomes().get(0).actions().get(2).text())
                .isEqualTo("Complete a review and redesign of the School Admissions function.");
        assertThat(plan.outcomes().get(1).indicators()).extracting(link -> link.code())
                .containsExactly("6", "7", "8", "9", "10", "11", "12", "13", "14");
        assertThat(jdbc.sql("select count(*) from improvement_plan_update").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from improvement_plan_milestone").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'improvement-plan'"
                + " and record_id = :id").param("id", String.valueOf(planId)).query(Long.class).single())
                .isEqualTo(1);

        String list = page("/scorecard/plans", user("dora.director").roles("DCS"));
        assertThat(list).contains(HtmlUtils.htmlEscape("Example: the 2017-18 plan from the council's document"));
        String page = page("/scorecard/plans/" + planId, user("bob.board").roles("BOARD"));
        assertThat(page).contains("This is an example").contains("No update yet")
                .contains("href=\"/scorecard/indicators/7\"").doesNotContain("Add an update");
        assertThat(page("/scorecard/plans/" + planId, OFFICER)).contains("Add an update");
    }

    @Test
    void shouldShowTheLatestUpdateAsTheStatusAndKeepEveryUpdateInTheHistory() throws Exception {
        clock.setToday(LocalDate.of(2018, 3, 27));
        Action action = action(0, 2);

        update(action, "", "15", "1", "2018", "AT_RISK", "The review has slipped a month", "Admissions board minutes")
                .andExpect(redirectedUrl("/scorecard/plans/" + planId + "#action-" + action.id()));
        assertThat(statusTag(page("/scorecard/plans/" + planId, OFFICER), action.id())).isEqualTo("At risk (Amber)");

        update(action, "", "20", "3", "2018", "ON_TRACK", "Back on course after the consultation", "")
                .andExpect(status().is3xxRedirection());
        String page = page("/scorecard/plans/" + planId, user("ann.analyst").roles("ANALYST"));
        assertThat(statusTag(page, action.id())).isEqualTo("On track (Green)");
        String card = card(page, action.id());
        assertThat(card).contains("Updates (2)").contains("The review has slipped a month")
                .contains("Back on course after the consultation").contains("Admissions board minutes")
                .contains("15 January 2018").contains("20 March 2018").contains("olive.officer");
        assertThat(card.indexOf("20 March 2018")).isLessThan(card.indexOf("15 January 2018"));
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'improvement-plan-update'"
                + " and actor = 'olive.officer'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnUpdateDatedAfterTodayOrWithNothingSaidAndStoreNothing() throws Exception {
        clock.setToday(LocalDate.of(2018, 3, 27));
        Action action = action(3, 0);

        String page = update(action, "", "28", "3", "2018", "ON_TRACK", "Briefings booked", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem").contains("href=\"#asOfDay\"")
                .contains("The date of the update must be today or in the past").contains("Briefings booked");
        page = update(action, "", "31", "2", "2018", "", " ", "").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Enter the date of the update as a real date").contains("Select the status")
                .contains("Enter the commentary");
        assertThat(jdbc.sql("select count(*) from improvement_plan_update").query(Long.class).single()).isZero();
    }

    @Test
    void shouldNotLetTheApplicationsRoleChangeOrRemoveAnUpdate() {
        clock.setToday(LocalDate.of(2018, 3, 27));
        long id = plans.recordUpdate(action(0, 0).id(), null, LocalDate.of(2018, 3, 1), PlanStatus.ON_TRACK,
                "Places opened", null, "olive.officer");

        assertThatThrownBy(() -> jdbc.sql("update improvement_plan_update set status = 'DONE' where id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from improvement_plan_update where id = :id").param("id", id)
                .update()).isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select status from improvement_plan_update where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("ON_TRACK");
    }

    @Test
    void shouldFlagAMilestonePastItsDueDateByTheClocksTodayUntilItIsDone() throws Exception {
        clock.setToday(LocalDate.of(2018, 4, 1));
        Action action = action(2, 0);
        long late = plans.addMilestone(action.id(), "Strategy agreed by Cabinet", LocalDate.of(2018, 3, 20),
                "olive.officer");
        plans.addMilestone(action.id(), "Strategy published", LocalDate.of(2018, 6, 30), "olive.officer");

        String page = page("/scorecard/plans/" + planId, OFFICER);
        String card = card(page, action.id());
        // 20 March to 1 April 2018: 11 days of March left, and 1 of April.
        assertThat(card).contains("Overdue").contains("Due 20 March 2018, 12 days ago")
                .contains("(due 30 June 2018)");
        assertThat(page).containsPattern("id=\"overdue-count\">1<");
        assertThat(card(page, action(2, 1).id())).doesNotContain("Overdue");

        update(action, String.valueOf(late), "28", "3", "2018", "DONE", "Agreed at Cabinet", "Cabinet minutes")
                .andExpect(status().is3xxRedirection());
        page = page("/scorecard/plans/" + planId, OFFICER);
        assertThat(card(page, action.id())).doesNotContain("Overdue").contains("(milestone: Strategy agreed by Cabinet)");
        assertThat(page).containsPattern("id=\"overdue-count\">0<");
        assertThat(statusTag(page, action.id())).as("a milestone's update is not the action's status").isNull();
    }

    @Test
    void shouldRefuseThePartnerAndAHeadteacherAndLetOnlyAnOfficerAddAnUpdate() throws Exception {
        String path = "/scorecard/plans/" + planId;
        mvc.perform(get(path).with(TestUsers.allocated("partner", Role.PARTNER, List.of(Urn.parse("103157")))))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).with(TestUsers.headteacherOf(Urn.parse("103157")))).andExpect(status().isForbidden());
        long action = action(0, 0).id();
        mvc.perform(get("/scorecard/plans/actions/" + action + "/updates/new").with(user("dora").roles("DCS")))
                .andExpect(status().isForbidden());
        assertThat(page("/scorecard/plans/actions/" + action + "/updates/new", OFFICER)).contains("Date of the update")
                .contains("Maintain a capital investment programme");
    }

    @Test
    void shouldCarryThePagesActionsAndLatestStatusesIntoTheWorkbook() throws Exception {
        clock.setToday(LocalDate.of(2018, 3, 27));
        Action action = action(4, 3);
        update(action, "", "1", "3", "2018", "OFF_TRACK", "Advisers not yet recruited", "Network report")
                .andExpect(status().is3xxRedirection());

        byte[] bytes = mvc.perform(get("/scorecard/plans/" + planId + "/plan.xlsx").with(OFFICER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new java.util.ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            sheet.forEach(row -> {
                List<String> cells = new java.util.ArrayList<>();
                for (int column = 0; column < 11; column++) {
                    cells.add(row.getCellAsString(column).orElse(""));
                }
                rows.add(cells);
            });
        }
        // A heading row and seed 001's 30 actions.
        assertThat(rows).hasSize(31);
        assertThat(rows.get(0).get(2)).isEqualTo("What we will do");
        List<String> fifthOutcomesFourth = rows.stream().filter(row -> row.get(1).equals("5.4")).findFirst()
                .orElseThrow();
        assertThat(fifthOutcomesFourth.get(2)).startsWith("Work with Birmingham Education Partnership (BEP)");
        assertThat(fifthOutcomesFourth.subList(4, 11)).containsExactly("21, 22, 23", "", "Off track", "Red",
                "1 March 2018", "Advisers not yet recruited", "Network report");
        assertThat(rows.get(1).get(6)).isEqualTo("No update yet");
    }

    private Action action(int outcome, int action) {
        return plans.find(planId).orElseThrow().outcomes().get(outcome).actions().get(action);
    }

    private org.springframework.test.web.servlet.ResultActions update(Action action, String milestone, String day,
            String month, String year, String status, String commentary, String evidence) throws Exception {
        return mvc.perform(post("/scorecard/plans/actions/" + action.id() + "/updates").with(OFFICER)
                .with(csrf()).param("milestone", milestone).param("asOfDay", day).param("asOfMonth", month)
                .param("asOfYear", year).param("status", status).param("commentary", commentary)
                .param("evidence", evidence));
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The action's card on the plan page. */
    private static String card(String page, long action) {
        int start = page.indexOf("id=\"action-" + action + "\"");
        assertThat(start).as("the card of action " + action).isNotNegative();
        int end = page.indexOf("id=\"action-", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** The words of the action's status tag, or null when it has none. */
    private static String statusTag(String page, long action) {
        Matcher tag = Pattern.compile("app-plan-status\">\\s*<strong[^>]*>([^<]*)</strong>")
                .matcher(card(page, action));
        return tag.find() ? tag.group(1).trim() : null;
    }
}
