package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import log and one import's page on the sample, in headless Chromium with axe-core (WCAG 2.2 AA, no rules
 * switched off): the sample's exclusions file is imported leaving out the rows of closed schools whose LAESTAB no
 * school in the register holds, and every one of them is listed, with its line and reason.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class ImportLogBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;
    private static final String EXCLUSIONS = "exclusions_by_geographic_level_200607-201617_birmingham.csv";

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

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
    void shouldListEveryRowAnImportLeftOutWithItsLineAndReason() {
        long id = jdbc.sql("select id from import_batch where file_name = ?").param(EXCLUSIONS).query(Long.class)
                .single();
        List<String> stored = jdbc.sql("select line || ' ' || reason from import_row_left_out where import_id = ?"
                + " order by line").param(id).query(String.class).list();
        assertThat(stored).isNotEmpty().allSatisfy(row -> assertThat(row).contains("LAESTAB"));
        MockMvcBrowser bridge = new MockMvcBrowser(mvc, user("analyst").roles("ANALYST"));
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            bridge.serve(context);

            page.navigate(ORIGIN + "/imports");
            Accessibility.assertNoViolations(page);
            page.locator("a[href='/imports/" + id + "']").click();
            page.waitForSelector("#rows-left-out");

            assertThat(page.locator("h1").textContent()).isEqualTo("Import " + id + ": " + EXCLUSIONS);
            List<String> shown = page.locator("#rows-left-out tbody tr").allTextContents().stream()
                    .map(text -> text.replaceAll("\\s+", " ").trim()).toList();
            assertThat(shown).hasSize(stored.size());
            assertThat(shown.get(0)).startsWith(stored.get(0).substring(0, stored.get(0).indexOf(' ')) + " laestab")
                    .contains("No school in the register has LAESTAB");
            Accessibility.assertNoViolations(page);
            assertThat(bridge.failedRequests()).isEmpty();
        }
    }

    /** Issue 12, item 9: the footer's API link explains tokens to a signed-in person instead of answering 401. */
    @Test
    void shouldOpenTheApiGuideFromTheFooterSignedInRatherThanTheRawDocument() {
        MockMvcBrowser bridge = new MockMvcBrowser(mvc, user("analyst").roles("ANALYST"));
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            bridge.serve(context);

            page.navigate(ORIGIN + "/imports");
            page.locator("footer a", new Page.LocatorOptions().setHasText("Using the API")).click();
            page.waitForSelector("#link-tokens");

            assertThat(page.url()).isEqualTo(ORIGIN + "/using-the-api");
            assertThat(page.locator("h1").textContent()).isEqualTo("Using the API");
            assertThat(page.locator("main").textContent()).contains("Authorization: Bearer",
                    "/api/v1/schools/103157", "401");
            Accessibility.assertNoViolations(page);
            page.locator("#link-tokens").click();
            page.waitForURL(ORIGIN + "/account/tokens");
            assertThat(bridge.failedRequests()).isEmpty();
        }
    }
}
