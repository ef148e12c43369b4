package org.schoolscope.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.assessment.RulebookVersionSaved;
import org.schoolscope.assessment.RulebookWorkbench;
import org.schoolscope.assessment.rulebook.DefaultRulebook;
import org.schoolscope.shared.LaCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The rulebook workbench on the Birmingham sample. Each test runs in a transaction that is rolled back (MockMvc
 * answers in the test's thread), so the versions and runs it makes do not change what other sample tests read.
 * Expected schools come from the stored runs in the database, never from a guessed answer.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
@RecordApplicationEvents
class RulebookWorkbenchPageTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final Pattern ROW_URN = Pattern.compile("data-urn=\"(\\d+)\"");
    /** Raising these "lower is worse" cut-offs from the lowest quarter to the lowest three quarters. */
    private static final Map<String, String> RAISED = Map.of(
            "lowest_quartile_ks2_rwm", "75",
            "lowest_quartile_ks2_reading_progress", "75",
            "lowest_quartile_ks4_attainment8", "75",
            "lowest_quartile_ks4_progress8", "75");

    @Autowired
    AssessmentRuns runs;

    @Autowired
    RulebookWorkbench workbench;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @Test
    void shouldShowTheSchoolsARaisedThresholdWouldMoveOntoTheListWithTheirReasonsAndStoreNothing() throws Exception {
        AssessmentRun run = latestOrNewRun();
        long versions = count("rulebook_version");
        long storedRuns = count("assessment_run");

        MockHttpServletRequestBuilder request = post("/assessments/rulebook/what-if")
                .with(user("analyst").roles("ANALYST")).with(csrf())
                .param("change", "thresholds").param("yaml", workbench.latest().yaml());
        RAISED.forEach((name, value) -> request.param("threshold-" + name, value));
        String page = HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"moved-in\"")))
                .andReturn().getResponse().getContentAsString());

        List<Integer> movedIn = urnsIn(page, "moved-in");
        assertThat(movedIn).as("raising the cut-offs moves schools onto the list").isNotEmpty();
        for (int urn : movedIn) {
            assertThat(categoryIn(run, urn)).as("school %s is not on the list of the stored run", urn)
                    .isEqualTo("Not a concern");
        }
        assertThat(page).contains("Not a concern to Vulnerable")
                .containsPattern("With the draft, rule (ks2|ks4)-[a-z-]+-lowest-quartile fires:")
                .contains("using the figures of assessment run " + run.id());
        assertThat(page).as("the analyst may try a draft but not save it").doesNotContain("id=\"save-form\"");
        assertThat(count("rulebook_version")).isEqualTo(versions);
        assertThat(count("assessment_run")).isEqualTo(storedRuns);
    }

    @Test
    void shouldRefuseARulebookNamingAnUnknownMeasureWithTheRuleInTheErrorSummaryAndStoreNothing() throws Exception {
        long versions = count("rulebook_version");
        String yaml = DefaultRulebook.text().replace("when: ks2.rwm_expected < $lowest_quartile_ks2_rwm",
                "when: ks2.rwm_expectd < $lowest_quartile_ks2_rwm");

        String page = HtmlUtils.htmlUnescape(mvc.perform(post("/assessments/rulebook/edit")
                .with(user("officer").roles("OFFICER")).with(csrf())
                .param("yaml", yaml).param("reason", "Testing a misspelt measure"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#yaml\"")))
                .andExpect(content().string(containsString("id=\"yaml-error\"")))
                .andReturn().getResponse().getContentAsString());

        assertThat(page).contains("Rule ks2-attainment-lowest-quartile").contains("ks2.rwm_expectd");
        assertThat(count("rulebook_version")).isEqualTo(versions);
        assertThat(events.stream(RulebookVersionSaved.class)).isEmpty();
    }

    @Test
    void shouldRefuseAConditionThatDoesNotParseNamingTheRule() throws Exception {
        String yaml = DefaultRulebook.text().replace("when: exclusions.permanent_rate > $high_permanent_exclusion_rate",
                "when: exclusions.permanent_rate >> $high_permanent_exclusion_rate");

        mvc.perform(post("/assessments/rulebook/edit").with(user("officer").roles("OFFICER")).with(csrf())
                .param("yaml", yaml).param("reason", "Testing a condition that does not parse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rule permanent-exclusions-high, position")));
    }

    @Test
    void shouldRefuseAThresholdThatIsNotANumberNamingItsField() throws Exception {
        mvc.perform(post("/assessments/rulebook/what-if").with(user("officer").roles("OFFICER")).with(csrf())
                .param("change", "thresholds").param("yaml", workbench.latest().yaml())
                .param("threshold-graded_inspection_due_months", "four years"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#threshold-graded_inspection_due_months\"")))
                .andExpect(content().string(containsString("id=\"threshold-graded_inspection_due_months-error\"")))
                .andExpect(content().string(containsString("Enter the threshold as a number")))
                .andExpect(content().string(containsString("value=\"four years\"")))
                .andExpect(content().string(not(containsString("id=\"result-heading\""))));
    }

    @Test
    void shouldRefuseAVersionWithoutAReason() throws Exception {
        long versions = count("rulebook_version");

        mvc.perform(post("/assessments/rulebook/edit").with(user("officer").roles("OFFICER")).with(csrf())
                .param("yaml", DefaultRulebook.text()).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")))
                .andExpect(content().string(containsString("Enter why you are changing the rulebook")));

        assertThat(count("rulebook_version")).isEqualTo(versions);
    }

    @Test
    void shouldSaveAVersionWithItsReasonShowTheChangedLinesAndPublishAnAuditedAction() throws Exception {
        RulebookVersion latest = workbench.latest();
        String yaml = latest.yaml().replace("graded_inspection_due_months: 48", "graded_inspection_due_months: 36");
        assertThat(yaml).isNotEqualTo(latest.yaml());

        mvc.perform(post("/assessments/rulebook/edit").with(user("officer").roles("OFFICER")).with(csrf())
                .param("yaml", yaml).param("reason", "Ofsted now inspects good schools sooner"))
                .andExpect(redirectedUrl("/assessments/rulebook/versions/" + (latest.version() + 1)));

        assertThat(events.stream(RulebookVersionSaved.class))
                .containsExactly(new RulebookVersionSaved("officer", latest.version() + 1,
                        "Ofsted now inspects good schools sooner"));
        String page = mvc.perform(get("/assessments/rulebook/versions/" + (latest.version() + 1))
                .with(user("partner").roles("PARTNER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("graded_inspection_due_months: 48</code>")
                .contains("graded_inspection_due_months: 36</code>")
                .contains("data-change=\"REMOVED\"").contains("data-change=\"ADDED\"")
                .contains("1 line added and 1 line removed");
        mvc.perform(get("/assessments/rulebook").with(user("board").roles("BOARD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-version=\"" + (latest.version() + 1) + "\"")))
                .andExpect(content().string(containsString("Ofsted now inspects good schools sooner")))
                .andExpect(content().string(not(containsString("id=\"edit-link\""))));
    }

    @Test
    void shouldCompareTwoRunsNamingWhoMovedInAndTheRulesThatFiredOnlyInTheLaterRun() throws Exception {
        AssessmentRun earlier = runs.run(BIRMINGHAM, "test");
        String raised = workbench.withThresholds(workbench.latest().yaml(), Map.of("lowest_quartile_ks2_rwm", 75.0,
                "lowest_quartile_ks2_reading_progress", 75.0, "lowest_quartile_ks4_attainment8", 75.0,
                "lowest_quartile_ks4_progress8", 75.0));
        workbench.save(raised, "Raised cut-offs", "test");
        AssessmentRun later = runs.run(BIRMINGHAM, "test");

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/assessments/runs/compare")
                .param("from", String.valueOf(earlier.id())).param("to", String.valueOf(later.id()))
                .with(user("dcs").roles("DCS"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        List<Integer> movedIn = urnsIn(page, "moved-in");
        assertThat(movedIn).isNotEmpty();
        for (int urn : movedIn) {
            assertThat(categoryIn(earlier, urn)).isEqualTo("Not a concern");
            assertThat(categoryIn(later, urn)).isNotEqualTo("Not a concern");
        }
        assertThat(page).containsPattern("Only in the later run, rule (ks2|ks4)-[a-z-]+-lowest-quartile fired:");
        assertThat(page).doesNotContain("id=\"moved-out\"");

        mvc.perform(get("/assessments/runs").with(user("analyst").roles("ANALYST"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-run=\"" + later.id() + "\"")))
                .andExpect(content().string(containsString("data-run=\"" + earlier.id() + "\"")));
        mvc.perform(get("/api/v1/assessments/runs/" + earlier.id() + "/comparison").param("with",
                String.valueOf(later.id())).with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[*].urn", hasItem(movedIn.get(0))))
                .andExpect(jsonPath("$.changes[0].movement").value("MOVED_IN"));
    }

    @Test
    void shouldAnswerAWhatIfAndRefuseABrokenRulebookThroughTheApi() throws Exception {
        latestOrNewRun();
        long versions = count("rulebook_version");

        mvc.perform(post("/api/v1/assessments/what-if").with(user("officer").roles("OFFICER")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"thresholds\": {\"lowest_quartile_ks2_rwm\": 75, \"lowest_quartile_ks4_attainment8\": 75,"
                        + " \"lowest_quartile_ks2_reading_progress\": 75, \"lowest_quartile_ks4_progress8\": 75}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[0].movement").value("MOVED_IN"))
                .andExpect(jsonPath("$.changes[0].rulesOnlyAfter[0].ruleId", containsString("lowest-quartile")));
        mvc.perform(post("/api/v1/assessments/rulebook").with(user("officer").roles("OFFICER")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"yaml\": " + json(DefaultRulebook.text().replace("$high_permanent_exclusion_rate",
                        "$no_such_threshold")) + ", \"reason\": \"Testing\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.problems[0].where").value("Rule permanent-exclusions-high"))
                .andExpect(jsonPath("$.problems[0].message", startsWith("unknown parameter")));
        assertThat(count("rulebook_version")).isEqualTo(versions);
        mvc.perform(get("/api/v1/assessments/rulebook/versions").with(user("analyst").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(workbench.latest().version()));
    }

    /**
     * The council's latest run when another sample test has made one with the latest version's rules, or else a new
     * one, rolled back with the test (a run takes a few seconds).
     */
    private AssessmentRun latestOrNewRun() {
        String rules = workbench.latest().yaml();
        return jdbc.sql("""
                select r.id, v.yaml from assessment_run r join rulebook_version v on v.id = r.rulebook_version_id
                where r.la_code = 330 order by r.run_at desc, r.id desc limit 1""")
                .query((row, number) -> rules.equals(row.getString("yaml")) ? row.getLong("id") : -1L).optional()
                .filter(id -> id > 0).flatMap(id -> runs.find(id, org.schoolscope.testing.TestUsers.officer("test"))).orElseGet(() -> runs.run(BIRMINGHAM, "test"));
    }

    /** Counts rows; the first read of the rulebook stores the default as version 1, so it is read first. */
    private long count(String table) {
        workbench.latest();
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String categoryIn(AssessmentRun run, int urn) {
        return jdbc.sql("select category from school_assessment where run_id = :run and urn = :urn")
                .param("run", run.id()).param("urn", urn).query(String.class).single();
    }

    /** The URNs of the rows of the table with this id. */
    private static List<Integer> urnsIn(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        if (start < 0) {
            return List.of();
        }
        String table = page.substring(start, page.indexOf("</table>", start));
        List<Integer> urns = new ArrayList<>();
        Matcher matcher = ROW_URN.matcher(table);
        while (matcher.find()) {
            urns.add(Integer.valueOf(matcher.group(1)));
        }
        return urns;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
