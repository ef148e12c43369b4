package org.schoolscope.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Media;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard in headless Chromium, checked with axe-core against WCAG 2.2 AA as an officer and as a partner, with
 * the date chosen in its boxes, and printed: the chart and its table are both on paper.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class DashboardBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    private BrowserContext context;
    private MockMvcBrowser bridge;

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

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(bridge.failedRequests()).isEmpty();
    }

    @Test
    void shouldShowAnOfficerTheDashboardOnAnyDateOnAccessiblePagesThatPrint() {
        context = browser.newContext();
        bridge = new MockMvcBrowser(mvc, user("officer").roles("OFFICER"), csrf());
        bridge.serve(context);
        Page page = context.newPage();

        page.navigate(ORIGIN + "/");
        page.click("text=Dashboard");
        assertThat(page.url()).endsWith("/dashboard");
        Accessibility.assertNoViolations(page);

        page.fill("#asAtDay", "31");
        page.fill("#asAtMonth", "8");
        page.fill("#asAtYear", "2023");
        page.click("button:has-text('Show')");
        assertThat(page.locator("#as-at").textContent()).isEqualTo("As at 31 August 2023");
        assertThat(page.locator("#good-or-better").textContent()).contains("381 of 445");
        Accessibility.assertNoViolations(page);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#district-chart").isVisible()).isTrue();
        assertThat(page.locator("#by-district").isVisible()).isTrue();
        assertThat(page.locator("#by-district").textContent()).contains("Ladywood", "No district mapped");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.fill("#asAtDay", "31");
        page.fill("#asAtMonth", "2");
        page.fill("#asAtYear", "2023");
        page.click("button:has-text('Show')");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter a real date");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void shouldShowAPartnerTheirOwnSchoolsOnAnAccessiblePage() {
        context = browser.newContext();
        bridge = new MockMvcBrowser(mvc, TestUsers.allocated("dashboard-browser-partner", Role.PARTNER,
                List.of(new org.schoolscope.shared.Urn(103120))), csrf());
        bridge.serve(context);
        Page page = context.newPage();

        page.navigate(ORIGIN + "/dashboard?asAt=2023-08-31");

        assertThat(page.locator("#own-schools-only").isVisible()).isTrue();
        assertThat(page.locator("#good-or-better").textContent()).contains("1 of 1");
        Accessibility.assertNoViolations(page);
    }
}
