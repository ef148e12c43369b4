package org.schoolscope.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A headline outcome's trend in headless Chromium, over the cut of DfE's LAIT file {@link HeadlineOutcomesTest} reads
 * (the sample loaded on first start holds no LAIT file yet): reached from the dashboard by a headteacher (the outcomes
 * are public council aggregates), checked with axe-core against WCAG 2.2 AA with its table's toggle closed and open,
 * and printed with the chart and its numbers both on paper.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutcomeTrendBrowserTest {

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
    void birminghamAndItsNeighbours() {
        DatabaseCleaner.clean(jdbc);
        ImportReport report = imports.importBytes("lait_headline_cut.csv.gz", published(), "test",
                ImportOptions.STRICT, ImportProgress.SILENT);
        assertThat(report.rejected()).as(report.summary()).isFalse();
        int[] neighbours = {892, 352, 380, 391, 353, 889, 373, 806, 852, 355};
        for (int rank = 1; rank <= neighbours.length; rank++) {
            jdbc.sql("""
                    insert into statistical_neighbour (la_code, rank, neighbour_la_code, closeness, import_id,
                        source_file)
                    values (330, :rank, :neighbour, 'Close', :batch, 'statistical_neighbours_may_2025.csv')""")
                    .param("rank", rank).param("neighbour", neighbours[rank - 1]).param("batch", report.importId())
                    .update();
        }
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(bridge.failedRequests()).isEmpty();
    }

    @Test
    void shouldShowAHeadteacherAnOutcomesTrendAsAnAccessibleChartWhoseNumbersPrint() {
        context = browser.newContext();
        bridge = new MockMvcBrowser(mvc, TestUsers.headteacherOf(new Urn(103120)), csrf());
        bridge.serve(context);
        Page page = context.newPage();

        page.navigate(ORIGIN + "/dashboard?asAt=2023-09-01");
        assertThat(page.locator("#outcome-ks2-reading-writing-maths").textContent()).contains("59%", "60%");
        Accessibility.assertNoViolations(page);

        page.click("#outcome-ks2-reading-writing-maths a");
        page.waitForURL("**/dashboard/outcomes/ks2-reading-writing-maths?asAt=2023-09-01");
        assertThat(page.locator("#outcome-chart .app-chart__line").count()).isEqualTo(4);
        assertThat(page.locator("#outcome-table").isVisible()).as("behind the details toggle").isFalse();
        Accessibility.assertNoViolations(page);

        page.click("text=Show the figures behind the chart");
        assertThat(page.locator("#outcome-table").isVisible()).isTrue();
        Accessibility.assertNoViolations(page);

        page.click("text=Show the figures behind the chart");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#outcome-chart").isVisible()).isTrue();
        assertThat(page.locator("#outcome-table").isVisible()).as("printed though the toggle is closed").isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/outcome-trend-print.png"))
                .setFullPage(true));
    }

    private static byte[] published() {
        try (InputStream in = OutcomeTrendBrowserTest.class
                .getResourceAsStream("/dashboard/lait_headline_cut.csv.gz")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
