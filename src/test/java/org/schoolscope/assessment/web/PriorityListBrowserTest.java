package org.schoolscope.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.assessment.AssessmentRuns;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The priority list and the override form in headless Chromium (Debian's), checked with axe-core against WCAG 2.2
 * AA with no rules switched off. Chromium's requests are answered by MockMvc, so the test shares the sample context
 * with the other sample tests instead of starting a server and loading the sample a second time.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class PriorityListBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;

    static final Path SCREENSHOT = Paths.get(System.getProperty("java.io.tmpdir"), "schoolscope-priority-list.png");

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

    MockMvcBrowser browserBridge;

    @org.junit.jupiter.api.BeforeEach
    void actAsAnOfficer() {
        browserBridge = new MockMvcBrowser(mvc, user("officer").roles("OFFICER"), csrf());
    }

    @Test
    void shouldShowTheListAndRefuseAnOverrideWithoutAReasonAccessibly() {
        runs.run(new LaCode(330), "test");
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            browserBridge.serve(context);

            page.navigate(ORIGIN + "/assessments/priority-list");
            assertThat(page.locator("h1").textContent()).isEqualTo("Proposed priority list");
            assertThat(page.locator("#priority-list tbody tr").count()).isPositive();
            assertThat(page.locator(".govuk-service-navigation__item--active").textContent()).contains("Priority list");
            Accessibility.assertNoViolations(page);
            // Kept for a person to look at: the design asks that GOV.UK markup be seen in a browser, not only parsed.
            page.setViewportSize(1280, 900);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT));
            assertThat(SCREENSHOT).exists();

            page.locator("#priority-list tbody tr").first().locator("a", new com.microsoft.playwright.Locator
                    .LocatorOptions().setHasText("Override the category")).click();
            page.waitForURL("**/assessments/overrides/new?**");
            Accessibility.assertNoViolations(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the override")).click();
            page.waitForSelector(".govuk-error-summary");
            assertThat(page.locator(".govuk-error-summary").textContent())
                    .contains("Choose the category the school should be in")
                    .contains("Enter why you are overriding the computed category");
            Accessibility.assertNoViolations(page);
            assertThat(browserBridge.failedRequests()).isEmpty();
        }
    }


}
