package org.schoolscope.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Stage 1 letters page, the monthly report page and the letter-of-concern form in headless Chromium, checked
 * with axe-core against WCAG 2.2 AA with no rules switched off, on the small fictional council.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CorrespondenceBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssessmentRuns runs;

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
    void assessTheFictionalCouncil() {
        CorrespondenceFixtures.load(jdbc);
        runs.run(new LaCode(330), "test");
    }

    @AfterEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldShowTheLettersAndTheMonthlyReportAccessibly() {
        MockMvcBrowser bridge = new MockMvcBrowser(mvc, user("officer").roles("OFFICER"), csrf());
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            bridge.serve(context);

            page.navigate(ORIGIN + "/correspondence/letters/stage-1");
            assertThat(page.locator("h1").textContent()).isEqualTo("Stage 1 letters");
            assertThat(page.locator("#letters tbody tr").count()).isEqualTo(3);
            Accessibility.assertNoViolations(page);

            page.selectOption("#priority", "yes");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the filter")).click();
            page.waitForURL("**priority=yes**");
            assertThat(page.locator("#letters tbody tr").count()).isEqualTo(1);

            page.navigate(ORIGIN + "/correspondence/monthly-report?month=2026-10");
            assertThat(page.locator("h1").textContent()).isEqualTo("Monthly report to the commissioner: October 2026");
            assertThat(page.locator("#good-schools").textContent()).contains("66.7%");
            Accessibility.assertNoViolations(page);

            page.locator("#month").fill("last month");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the report")).click();
            page.waitForSelector(".govuk-error-summary");
            Accessibility.assertNoViolations(page);

            page.navigate(ORIGIN + "/correspondence/letters-of-concern/" + CorrespondenceFixtures.GOOD_SECONDARY);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the letter as PDF")).click();
            page.waitForSelector(".govuk-error-summary");
            assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter at least one concern");
            assertThat(bridge.failedRequests()).isEmpty();
        }
    }


}
