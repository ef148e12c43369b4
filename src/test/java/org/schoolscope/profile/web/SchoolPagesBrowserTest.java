package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.fixtures.FigureFixture;
import org.schoolscope.profile.fixtures.ImportBatchFixture;
import org.schoolscope.profile.fixtures.InspectionFixture;
import org.schoolscope.profile.fixtures.ReadModelTables;
import org.schoolscope.profile.fixtures.SchoolFixture;
import org.schoolscope.shared.Role;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pages in real headless Chromium (Debian's, not a downloaded one), each checked with axe-core against WCAG 2.2
 * AA with no rules switched off.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SchoolPagesBrowserTest {

    static final Path PROFILE_SCREENSHOT = Paths.get(System.getProperty("java.io.tmpdir"),
            "schoolscope-profile.png");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    BrowserContext context;
    final List<String> failedRequests = new CopyOnWriteArrayList<>();
    final List<String> scriptErrors = new CopyOnWriteArrayList<>();

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
    void loadFictionalSchools() {
        TestUsers.add(jdbc, "browser-officer", Role.OFFICER);
        ReadModelTables.clear(jdbc);
        long batch = ImportBatchFixture.batch("constructed-fixture.csv").insert(jdbc);
        SchoolFixture.localAuthority(jdbc, 330, "Birmingham");
        SchoolFixture.district(jdbc, 330, "Birmingham, Selly Oak", "Selly Oak");
        SchoolFixture.maintainedPrimary(900041, "Fictional Walnut Primary School").constituency("Birmingham, Selly Oak")
                .insert(jdbc);
        SchoolFixture.academySecondary(900042, "Fictional Willow Academy", "Fictional Learning Trust")
                .constituency("Birmingham, Selly Oak").insert(jdbc);
        SchoolFixture.school(900040, "Fictional Willow School").phase("Secondary").status("Closed").insert(jdbc);
        SchoolFixture.link(jdbc, 900042, 900040, "Fictional Willow School", "Predecessor", batch);
        InspectionFixture.singleGrade(900041, LocalDate.of(2022, 5, 17), 2).judgement("QUALITY_OF_EDUCATION", "GOOD")
                .judgement("LEADERSHIP_AND_MANAGEMENT", "GOOD").insert(jdbc, batch);
        InspectionFixture.singleGrade(900042, LocalDate.of(2019, 1, 15), 3).insert(jdbc, batch);
        InspectionFixture.ungraded(900042, LocalDate.of(2023, 2, 7), "Improvements made").insert(jdbc, batch);
        InspectionFixture.reportCard(900042, LocalDate.of(2025, 12, 9), "MET")
                .judgement("INCLUSION", "EXPECTED_STANDARD").judgement("ACHIEVEMENT", "NEEDS_ATTENTION")
                .judgement("LEADERSHIP_AND_GOVERNANCE", "STRONG_STANDARD")
                .judgement("CURRICULUM_AND_TEACHING", "EXPECTED_STANDARD")
                .judgement("ATTENDANCE_AND_BEHAVIOUR", "EXPECTED_STANDARD")
                .judgement("PERSONAL_DEVELOPMENT_AND_WELL_BEING", "EXPECTED_STANDARD").insert(jdbc, batch);
        FigureFixture.measure(jdbc, "KS4_ATT8", "Attainment 8 score", "SCORE", "Key stage 4");
        FigureFixture.measure(jdbc, "KS4_P8", "Progress 8 score", "SCORE", "Key stage 4");
        FigureFixture.forSchool(900042, "KS4_ATT8").value("43.1", "43.1").insert(jdbc, batch);
        FigureFixture.forLocalAuthority(330, "KS4_ATT8").value("45.2", "45.2").insert(jdbc, batch);
        FigureFixture.forEngland("KS4_ATT8").value("46.7", "46.7").insert(jdbc, batch);
        FigureFixture.forSchool(900042, "KS4_P8").unavailable("Suppressed: small numbers", "SUPP").insert(jdbc, batch);
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        ReadModelTables.clear(jdbc);
    }

    @Test
    void shouldShowTheHomePageAccessiblyWithoutTheGovukTypeface() {
        Page page = open(true);
        Response response = page.navigate(url("/"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("h1").textContent()).isEqualTo("Birmingham City Council");
        assertThat(page.locator(".govuk-header").textContent()).contains("Birmingham City Council");
        assertThat(page.locator(".govuk-header svg").count()).as("no crown in the header").isZero();
        assertThat((String) page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily"))
                .doesNotContain("GDS Transport");
        assertThat(page.locator(".govuk-skip-link").getAttribute("href")).isEqualTo("#main-content");
        Accessibility.assertNoViolations(page);
        assertThat(failedRequests).isEmpty();
        assertThat(scriptErrors).isEmpty();
        assertThat(page.locator("body.govuk-frontend-supported").count()).isEqualTo(1);
    }

    @Test
    void shouldFilterTheListBySubmittingTheFormWithoutJavaScript() {
        Page page = open(false);
        page.navigate(url("/schools"));
        // The closed Willow School, succeeded by Willow Academy, is not listed among the schools open today.
        assertThat(page.locator("#school-results tbody tr").count()).isEqualTo(2);
        page.selectOption("#body", "TRUST");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
        page.waitForURL("**/schools?*body=TRUST*");
        assertThat(page.locator("#school-results tbody tr").allTextContents()).singleElement()
                .asString().contains("Fictional Willow Academy").contains("Report card, safeguarding met");
        assertThat(page.locator("#body").inputValue()).isEqualTo("TRUST");
    }

    @Test
    void shouldFilterAndSortTheListAccessiblyWithJavaScript() {
        Page page = open(true);
        page.navigate(url("/schools"));
        page.selectOption("#district", "Selly Oak");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
        page.waitForURL("**/schools?*district=Selly+Oak*");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("URN").setExact(true)).click();
        page.waitForURL("**sort=urn**");
        assertThat(page.locator("#school-results tbody tr td:nth-child(2)").allTextContents())
                .containsExactly("900041", "900042");
        Accessibility.assertNoViolations(page);
        page.navigate(url("/schools?la=nonsense"));
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Choose a local authority");
        Accessibility.assertNoViolations(page);
        assertThat(failedRequests).isEmpty();
    }

    @Test
    void shouldShowTheProfileAccessiblyAndKeepAScreenshot() {
        Page page = open(true);
        page.setViewportSize(1280, 900);
        Response response = page.navigate(url("/schools/900042"));
        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("h1").textContent()).isEqualTo("Fictional Willow Academy");
        assertThat(page.locator("[data-measure='KS4_P8'] [data-figure='school']").textContent())
                .isEqualTo("Not available: Suppressed: small numbers");
        assertThat(page.locator("[data-measure='KS4_ATT8']").textContent()).contains("43.1").contains("45.2")
                .contains("46.7");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fictional Willow School (URN 900040)"))
                .isVisible();
        Accessibility.assertNoViolations(page);
        assertThat(scriptErrors).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(PROFILE_SCREENSHOT).setFullPage(true));
        assertThat(PROFILE_SCREENSHOT).exists();
        assertThat(failedRequests).isEmpty();
    }

    @Test
    void shouldShowTheNotFoundPageAccessibly() {
        Page page = open(true);
        Response response = page.navigate(url("/schools/999999"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
        Accessibility.assertNoViolations(page);
        Response unknown = page.navigate(url("/no-such-page"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
        Accessibility.assertNoViolations(page);
    }

    private Page open(boolean javaScript) {
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript));
        Page page = context.newPage();
        // Any stylesheet, script or font the pages ask for and do not get is a fault in the layout.
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.request().isNavigationRequest()) {
                failedRequests.add(response.status() + " " + response.url());
            }
        });
        // GOV.UK Frontend's initAll() runs on every page with JavaScript on; an error there breaks enhancements.
        page.onPageError(scriptErrors::add);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().contains("404")) {
                scriptErrors.add(message.text());
            }
        });
        // Sign in as an officer through the real form, so every page below is seen through the security chain.
        page.navigate(url("/sign-in"));
        page.fill("#username", "browser-officer");
        page.fill("#password", TestUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        page.waitForURL(url("/"));
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }


}
