package org.schoolscope.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.shared.Role;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scorecard and an indicator's page in headless Chromium, checked with axe-core against WCAG 2.2 AA, and the
 * year chosen with JavaScript switched off, over the cut of DfE's LAIT file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

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

    @BeforeEach
    void figures() throws IOException {
        DatabaseCleaner.clean(jdbc);
        try (InputStream in = getClass().getResourceAsStream("/performance/lait/lait_bds_long_cut.csv.gz")) {
            imports.importBytes("lait_bds_long_cut.csv.gz", in.readAllBytes(), "test", ImportOptions.STRICT,
                    ImportProgress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(bridge.failedRequests()).isEmpty();
    }

    @Test
    void shouldShowTheScorecardAndAnIndicatorOnAccessiblePages() {
        context = browser.newContext();
        bridge = new MockMvcBrowser(mvc, TestUsers.allocated("scorecard-board", Role.BOARD, List.of()));
        bridge.serve(context);
        Page page = context.newPage();

        page.navigate(ORIGIN + "/scorecard?period=2015-16");
        assertThat(page.locator("#indicator-7").textContent())
                .contains("Red: 47% against a target of the England average, 54%, in 2015-16.");
        Accessibility.assertNoViolations(page);
        page.selectOption("#period", "2016-17");
        page.click("#show-year");
        assertThat(page.locator("h1").textContent()).contains("2016-17");
        page.click("#indicator-7 a");
        assertThat(page.locator("#history").textContent()).contains("2015-16", "47%");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void shouldWorkWithoutJavaScript() {
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        bridge = new MockMvcBrowser(mvc, TestUsers.allocated("scorecard-analyst", Role.ANALYST, List.of()));
        bridge.serve(context);
        Page page = context.newPage();

        page.navigate(ORIGIN + "/scorecard");
        page.selectOption("#period", "2015-16");
        page.click("#show-year");
        // axe runs as a script in the page, so it is run in the test above, with JavaScript.
        assertThat(page.locator("h1").textContent()).contains("2015-16");
        assertThat(page.locator("#indicator-7").textContent()).contains("47%", "54%");
    }

    @Test
    void shouldLetAnOfficerEnterAValueAndSetAStatusOnAnAccessiblePage() {
        context = browser.newContext();
        bridge = new MockMvcBrowser(mvc, TestUsers.allocated("scorecard-officer", Role.OFFICER, List.of()),
                SecurityMockMvcRequestPostProcessors.csrf());
        bridge.serve(context);
        Page page = context.newPage();

        page.navigate(ORIGIN + "/scorecard/indicators/2");
        page.selectOption("#entry-period", "FY2016-17");
        page.check("#available");
        page.fill("#value", "2.5");
        page.click("#save-entry");
        assertThat(page.locator(".govuk-error-summary").textContent())
                .contains("Enter a whole number, 0 or more", "Enter the evidence the value rests on");
        Accessibility.assertNoViolations(page);
        page.fill("#value", "3");
        page.fill("#evidence", "The exclusions team's list at 31 March 2017");
        page.click("#save-entry");
        assertThat(page.locator("#entry-list").textContent()).contains("2016-17 financial year", "3",
                "The exclusions team's list at 31 March 2017", "scorecard-officer");
        Accessibility.assertNoViolations(page);

        page.navigate(ORIGIN + "/scorecard/indicators/7");
        page.selectOption("#override-period", "2015-16");
        page.check("#override-status-2");
        page.fill("#override-reason", "Writing was moderated down across the city");
        page.click("#save-override");
        assertThat(page.locator("#history").textContent()).contains("Amber (set by an officer; computed: Red)");
        assertThat(page.locator("#override-list").textContent())
                .contains("Writing was moderated down across the city");
        Accessibility.assertNoViolations(page);
    }
}
