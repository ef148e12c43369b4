package org.schoolscope.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.RegisteredSchools;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The governance pages in headless Chromium, each checked with axe-core against WCAG 2.2 AA: governor services enter
 * a governor at two schools (confirming the match at the second), record a vacancy and fill it, the chair, the website
 * check, an interest and training, and read the council's view, the two-school list, the matches and the import page.
 * Uses schools from the twentieth maintained school on, which the other governance tests leave alone.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class GovernanceBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisteredSchools register;

    @Autowired
    Clock clock;

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
    void shouldKeepAGoverningBodyOnAccessiblePages() {
        context = browser.newContext();
        bridge = new MockMvcBrowser(mvc, user("gina.services").roles("GOVERNOR_SERVICES"), csrf());
        bridge.serve(context);
        Page page = context.newPage();
        List<RegisteredSchool> schools = register.inSet(new LaCode(330), SchoolSet.MAINTAINED, LocalDate.now(clock))
                .subList(20, 22);
        String first = ORIGIN + "/governance/schools/" + schools.get(0).urn();

        page.navigate(ORIGIN + "/governance");
        Accessibility.assertNoViolations(page);
        page.navigate(first);
        Accessibility.assertNoViolations(page);
        page.click("#add-governor");
        Accessibility.assertNoViolations(page);
        page.click("#save");
        assertThat(page.locator(".govuk-error-summary").textContent()).contains("Enter the governor's full name",
                "Choose the category");
        Accessibility.assertNoViolations(page);
        enterMorganEllis(page);
        page.waitForURL(Pattern.compile(".*/governance/schools/" + schools.get(0).urn() + "#governors"));
        assertThat(page.locator("#governor-table").textContent()).contains("Morgan Ellis");

        page.navigate(ORIGIN + "/governance/schools/" + schools.get(1).urn() + "/governors/new");
        enterMorganEllis(page);
        assertThat(page.locator("#form-intro").textContent()).contains("Someone already on the register");
        assertThat(page.locator("#samePerson-item-hint").textContent()).contains("The same name (Morgan Ellis)");
        Accessibility.assertNoViolations(page);
        page.check("#samePerson");
        page.click("#save");
        page.waitForURL(Pattern.compile(".*/governance/schools/" + schools.get(1).urn() + "#governors"));
        assertThat(page.locator("#governor-table").textContent()).contains(schools.get(0).name());

        page.click("#add-vacancy");
        Accessibility.assertNoViolations(page);
        page.check("#category");
        page.click("#save");
        page.waitForURL(Pattern.compile(".*#vacancies"));
        page.click("#vacancy-table a");
        Accessibility.assertNoViolations(page);
        page.click("#save");
        page.waitForURL(Pattern.compile(".*#vacancies"));
        assertThat(page.locator("#vacancy-table").textContent()).doesNotContain("Record it filled");

        page.click("#officers-link");
        Accessibility.assertNoViolations(page);
        page.selectOption("#chair", page.locator("#chair option").nth(1).getAttribute("value"));
        page.fill("#clerkName", "Chris Clerk");
        page.click("#save");
        page.waitForURL("**/governance/schools/" + schools.get(1).urn());
        assertThat(page.locator("#chair").textContent()).contains("Morgan Ellis");
        page.click("#website-link");
        Accessibility.assertNoViolations(page);
        page.check("#published");
        page.click("#save");
        page.waitForURL("**/governance/schools/" + schools.get(1).urn());
        assertThat(page.locator("#website").textContent()).startsWith("Published");
        Accessibility.assertNoViolations(page);

        page.click("#governor-table a");
        Accessibility.assertNoViolations(page);
        page.click("#add-interest");
        Accessibility.assertNoViolations(page);
        page.check("#kind");
        page.fill("#description", "Director of a catering company that supplies schools");
        page.click("#save");
        page.waitForURL(Pattern.compile(".*/governance/people/\\d+#interests"));
        page.click("#add-training");
        Accessibility.assertNoViolations(page);
        page.fill("#course", "Safeguarding for governors");
        page.click("#save");
        page.waitForURL(Pattern.compile(".*/governance/people/\\d+#training"));
        assertThat(page.locator("#training-list").textContent()).contains("Safeguarding for governors");
        assertThat(page.locator("#interest-list").textContent()).contains("Director of a catering company");
        Accessibility.assertNoViolations(page);

        for (String path : List.of("/governance/over-limit", "/governance/matches", "/governance/import")) {
            page.navigate(ORIGIN + path);
            Accessibility.assertNoViolations(page);
        }
    }

    private static void enterMorganEllis(Page page) {
        page.fill("#fullName", "Morgan Ellis");
        page.fill("#email", "morgan.ellis@example.org");
        page.check("#category");
        page.fill("#appointingBody", "Elected by parents");
        page.fill("#termStartDay", "1");
        page.fill("#termStartMonth", "9");
        page.fill("#termStartYear", "2025");
        page.click("#save");
    }
}
