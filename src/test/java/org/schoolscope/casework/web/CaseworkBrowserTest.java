package org.schoolscope.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The casework pages in headless Chromium, each checked with axe-core against WCAG 2.2 AA: a case worker logs a
 * whistleblowing concern (first refused with every problem named), triages, acknowledges and closes it; an officer
 * reads it with the identity protected; the report. The case is closed the day it is logged, so the reports of other
 * periods that other tests check are not touched.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class CaseworkBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisteredSchools register;

    @Autowired
    Clock clock;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<MockMvcBrowser> bridges = new ArrayList<>();

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
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        bridges.forEach(bridge -> assertThat(bridge.failedRequests()).isEmpty());
    }

    private Page signedInAs(RequestPostProcessor as) {
        BrowserContext context = browser.newContext();
        MockMvcBrowser bridge = new MockMvcBrowser(mvc, as, csrf());
        bridge.serve(context);
        contexts.add(context);
        bridges.add(bridge);
        return context.newPage();
    }

    @Test
    void shouldLogWorkAndCloseACaseOnAccessiblePagesWithTheIdentityProtectedFromAnOfficer() {
        String urn = register.inSet(new LaCode(330), SchoolSet.MAINTAINED, LocalDate.now(clock)).get(25).urn()
                .toString();
        Page worker = signedInAs(user("casey.worker").roles("CASE_WORKER"));
        worker.navigate(ORIGIN + "/casework");
        Accessibility.assertNoViolations(worker);
        worker.click("#log-case");
        Accessibility.assertNoViolations(worker);
        worker.click("#save");
        assertThat(worker.locator(".govuk-error-summary").textContent()).contains(
                "Choose complaint or whistleblowing", "Enter what the concern is", "Choose whether they gave their name");
        Accessibility.assertNoViolations(worker);
        worker.check("input[name=kind][value=WHISTLEBLOWING]");
        worker.check("input[name=category][value=LEADERSHIP]");
        worker.check("input[name=channel][value=TELEPHONE]");
        worker.fill("#schools", urn);
        worker.fill("#summary", "The head is said to have changed pupils' coursework marks");
        worker.check("input[name=anonymous][value=no]");
        worker.fill("#name", "Sam Whistle");
        worker.fill("#contact", "07700 900123");
        worker.check("input[name=relationship][value=STAFF]");
        worker.click("#save");
        worker.waitForURL(Pattern.compile(".*/casework/cases/\\d+"));
        String casePage = worker.url();
        assertThat(worker.locator("#raised-by").textContent()).isEqualTo("Sam Whistle");
        assertThat(worker.locator("#response-clock").textContent()).contains("20 working days left");
        Accessibility.assertNoViolations(worker);

        worker.click("#step-triage");
        Accessibility.assertNoViolations(worker);
        worker.check("#value");
        worker.fill("#detail", "A task force investigation is needed");
        worker.click("#save");
        worker.waitForURL(Pattern.compile(".*/casework/cases/\\d+#timeline"));
        worker.click("#step-acknowledge");
        worker.click("#save");
        worker.waitForURL(Pattern.compile(".*#timeline"));
        assertThat(worker.locator("#acknowledgement-clock").textContent()).contains("Met");
        worker.click("#step-close");
        Accessibility.assertNoViolations(worker);
        worker.check("input[name=value][value=NO_FURTHER_ACTION]");
        worker.fill("#detail", "Passed to the school's governing body with the council's advice");
        worker.click("#save");
        worker.waitForURL(Pattern.compile(".*#timeline"));
        assertThat(worker.locator("#status").textContent()).contains("Closed", "No further action");
        Accessibility.assertNoViolations(worker);

        Page officer = signedInAs(user("olive.officer").roles("OFFICER"));
        officer.navigate(casePage);
        assertThat(officer.locator("#raised-by").textContent()).isEqualTo("Protected");
        assertThat(officer.content()).doesNotContain("Sam Whistle").doesNotContain("07700");
        assertThat(officer.locator("#step-links").count()).isZero();
        Accessibility.assertNoViolations(officer);
        officer.navigate(ORIGIN + "/casework/reports");
        Accessibility.assertNoViolations(officer);
        officer.fill("#fromDay", "31");
        officer.fill("#fromMonth", "2");
        officer.click("#show");
        assertThat(officer.locator(".govuk-error-summary").textContent()).contains("Enter the date as a real date");
        Accessibility.assertNoViolations(officer);
    }
}
