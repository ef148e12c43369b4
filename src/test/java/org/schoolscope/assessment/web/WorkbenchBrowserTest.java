package org.schoolscope.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.RulebookVersion;
import org.schoolscope.assessment.RulebookWorkbench;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The what-if page and the run comparison in headless Chromium, checked with axe-core against WCAG 2.2 AA with no
 * rules switched off, served by MockMvc in the shared sample context.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class WorkbenchBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;
    private static final LaCode BIRMINGHAM = new LaCode(330);

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    AssessmentRuns runs;

    @Autowired
    RulebookWorkbench workbench;

    @Autowired
    JdbcClient jdbc;

    MockMvcBrowser bridge;

    @BeforeAll
    static void launchChromium() {
        playwright = Playwright.create();
        browser = HeadlessChromium.launch(playwright);
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void actAsAnOfficer() {
        bridge = new MockMvcBrowser(mvc, user("officer").roles("OFFICER"), csrf());
    }

    @Test
    void shouldShowWhichSchoolsARaisedThresholdWouldMoveAccessibly() {
        latestOrNewRun();
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            bridge.serve(context);

            page.navigate(ORIGIN + "/assessments/rulebook/what-if");
            assertThat(page.locator("h1").textContent()).isEqualTo("What if the rulebook changed");
            page.locator("#threshold-lowest_quartile_ks2_rwm").fill("75");
            page.locator("#threshold-lowest_quartile_ks4_attainment8").fill("75");
            page.locator("#threshold-lowest_quartile_ks2_reading_progress").fill("75");
            page.locator("#threshold-lowest_quartile_ks4_progress8").fill("75");
            page.locator("#try-thresholds").click();
            page.waitForSelector("#result-heading");
            assertThat(page.locator("#moved-in tbody tr").count()).isPositive();
            assertThat(page.locator("#moved-in tbody tr").first().textContent()).contains("Not a concern to ")
                    .contains("With the draft, rule");
            assertThat(page.locator("#save-form").count()).isOne();
            // The page with results holds every part of the form page too: the thresholds and the draft.
            Accessibility.assertNoViolations(page);
            assertThat(bridge.failedRequests()).isEmpty();
        }
    }

    @Test
    void shouldListTheRunsAndCompareTwoAccessibly() {
        RulebookVersion before = workbench.latest();
        AssessmentRun earlier;
        try {
            workbench.save(workbench.withThresholds(before.yaml(), Map.of("lowest_quartile_ks2_rwm", 75.0,
                    "lowest_quartile_ks4_attainment8", 75.0, "lowest_quartile_ks2_reading_progress", 75.0,
                    "lowest_quartile_ks4_progress8", 75.0)), "Browser test: raised cut-offs", "browser test");
            earlier = runs.run(BIRMINGHAM, "browser test");
        } finally {
            // Other sample tests read the latest version and run: leave both with the rules as they were.
            workbench.save(before.yaml(), "Browser test: the rules as they were", "browser test");
        }
        AssessmentRun later = runs.run(BIRMINGHAM, "browser test");
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            bridge.serve(context);

            page.navigate(ORIGIN + "/assessments/runs");
            assertThat(page.locator("h1").textContent()).isEqualTo("Assessment runs");

            page.locator("#from").selectOption(String.valueOf(earlier.id()));
            page.locator("#to").selectOption(String.valueOf(later.id()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare the runs")).click();
            page.waitForURL("**/assessments/runs/compare?**");
            assertThat(page.locator("h1").textContent())
                    .isEqualTo("Run " + earlier.id() + " compared with run " + later.id());
            assertThat(page.locator("#moved-out tbody tr").count()).isPositive();
            assertThat(page.locator("#moved-out tbody tr").first().textContent()).contains(" to Not a concern")
                    .contains("Only in the earlier run, rule");
            Accessibility.assertNoViolations(page);
            assertThat(bridge.failedRequests()).isEmpty();
        }
    }

    /** The council's latest run when another sample test has made one, or a new one. */
    private AssessmentRun latestOrNewRun() {
        return jdbc.sql("select id from assessment_run where la_code = 330 order by run_at desc, id desc limit 1")
                .query(Long.class).optional().flatMap(id -> runs.find(id, org.schoolscope.testing.TestUsers.officer("test"))).orElseGet(() -> runs.run(BIRMINGHAM, "browser test"));
    }


}
