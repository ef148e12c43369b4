package org.schoolscope.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRun;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.assessment.SchoolResult;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The new-note form (with its error summary) and a school's explanation page in headless Chromium, checked with
 * axe-core against WCAG 2.2 AA with no rules switched off. Nothing is saved: a note left behind would change other
 * tests' runs.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class SoftIntelligenceBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

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

    @Test
    void shouldShowTheNoteFormItsErrorsAndTheExplanationPageAccessibly() {
        AssessmentRun run = runs.run(new LaCode(330), "test");
        SchoolResult ofConcern = runs.results(run.id(), org.schoolscope.testing.TestUsers.officer("test")).stream().filter(result -> !result.reasons().isEmpty())
                .findFirst().orElseThrow();
        MockMvcBrowser bridge = new MockMvcBrowser(mvc, user("officer").roles("OFFICER"), csrf());
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            bridge.serve(context);

            page.navigate(ORIGIN + "/schools/" + ofConcern.urn() + "/soft-intelligence/new");
            assertThat(page.locator("h1").textContent()).isEqualTo("Record soft intelligence");
            Accessibility.assertNoViolations(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the note")).click();
            page.waitForSelector(".govuk-error-summary");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("Choose what the note is about").contains("Enter what was learnt");
            Accessibility.assertNoViolations(page);
            page.locator(".govuk-error-summary a[href='#learnt']").click();
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("learnt");

            page.navigate(ORIGIN + "/schools/" + ofConcern.urn() + "/assessment");
            assertThat(page.locator("#category").textContent()).isEqualTo(ofConcern.category());
            assertThat(page.locator("#fired").isVisible()).isTrue();
            assertThat(page.locator("#not-fired-rules tbody tr").count()).isPositive();
            Accessibility.assertNoViolations(page);
            assertThat(bridge.failedRequests()).isEmpty();
        }
    }


}
