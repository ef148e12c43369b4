package org.schoolscope.returns.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.returns.Returns;
import org.schoolscope.returns.ValidationSamples;
import org.schoolscope.returns.domain.Definition;
import org.schoolscope.returns.domain.Sample;
import org.schoolscope.returns.domain.SampleDraw;
import org.schoolscope.testing.Accessibility;
import org.schoolscope.testing.HeadlessChromium;
import org.schoolscope.testing.MockMvcBrowser;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 16's "Done when", in headless Chromium: an officer sets up the 2026-27 section 175 audit; a headteacher
 * submits for their school; the council draws the 5% sample, and drawing it again from the recorded seed gives the
 * same schools; a validation visit is recorded; the schools that have not returned are on the chase list and in its
 * letters (PDF). Every page is checked with axe-core against WCAG 2.2 AA, no rules switched off.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class ReturnsBrowserTest {

    private static final String ORIGIN = MockMvcBrowser.ORIGIN;
    private static final RequestPostProcessor OFFICER = user("olive.officer").roles("OFFICER");

    static Playwright playwright;
    static Browser browser;

    @Autowired
    MockMvc mvc;

    @Autowired
    Returns returns;

    @Autowired
    ValidationSamples samples;

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
    void shouldSetUpTheSection175AuditTakeAReturnDrawTheSampleVisitAndChaseTheRest() throws Exception {
        LocalDate due = LocalDate.now(clock).plusDays(45);
        Page officer = signedInAs(OFFICER);

        // The officer sets up the 2026-27 section 175 audit from the ready-made return.
        officer.navigate(ORIGIN + "/returns");
        Accessibility.assertNoViolations(officer);
        officer.click("#set-up");
        Accessibility.assertNoViolations(officer);
        officer.click("#continue");
        assertThat(officer.locator(".govuk-error-summary").textContent()).contains("Choose which return to set up");
        Accessibility.assertNoViolations(officer);
        officer.check("#kind");
        officer.click("#continue");
        assertThat(officer.inputValue("#title")).isEqualTo("Section 175 safeguarding audit 2026-27");
        officer.fill("#academicYear", "2026-27");
        officer.check("input[name=schoolSet][value=MAINTAINED]");
        officer.click("#save");
        assertThat(officer.locator(".govuk-error-summary").textContent())
                .contains("Enter the due date as a real date");
        Accessibility.assertNoViolations(officer);
        officer.fill("#dueDay", Integer.toString(due.getDayOfMonth()));
        officer.fill("#dueMonth", Integer.toString(due.getMonthValue()));
        officer.fill("#dueYear", Integer.toString(due.getYear()));
        officer.click("#save");
        officer.waitForURL(Pattern.compile(".*/returns/\\d+"));
        long id = Long.parseLong(officer.url().replaceAll(".*/returns/", ""));
        Definition definition = returns.definition(id);
        assertThat(definition.title()).isEqualTo("Section 175 safeguarding audit 2026-27");
        Accessibility.assertNoViolations(officer);

        // A headteacher submits for their school.
        List<RegisteredSchool> asked = returns.asked(definition);
        RegisteredSchool own = asked.get(0);
        Page head = signedInAs(TestUsers.headteacherOf(own.urn()));
        head.navigate(ORIGIN + "/returns");
        Accessibility.assertNoViolations(head);
        head.click("#return-" + id + "-" + own.urn() + " a");
        head.waitForURL("**/returns/" + id + "/schools/" + own.urn());
        Accessibility.assertNoViolations(head);
        for (String yes : List.of("dsl-named", "deputy-dsl", "policy-published",
                "policy-fgm-forced-marriage-extremism", "staff-read-kcsie", "prevent-training",
                "single-central-record", "safer-recruitment", "safeguarding-governor", "online-filtering")) {
            head.check("#a-" + yes);
        }
        head.fill("#a-dsl-trained-onDay", "14");
        head.fill("#a-dsl-trained-onMonth", "9");
        head.fill("#a-dsl-trained-onYear", "2026");
        head.fill("#a-staff-trained-share", "94");
        head.click("#submit");
        assertThat(head.locator(".govuk-error-summary").textContent())
                .contains("Question 4: answer this question before you submit");
        Accessibility.assertNoViolations(head);
        head.fill("#a-policy-reviewed-onDay", "1");
        head.fill("#a-policy-reviewed-onMonth", "10");
        head.fill("#a-policy-reviewed-onYear", "2026");
        head.click("#submit");
        head.waitForURL("**/returns/" + id + "/schools/" + own.urn() + "?saved=submitted");
        assertThat(head.locator("#saved-banner").textContent()).contains("The return has been submitted");
        Accessibility.assertNoViolations(head);
        head.click("#history-link");
        assertThat(head.locator("#versions").textContent()).contains("Submission");
        Accessibility.assertNoViolations(head);

        // The council sees the return and draws the 5% sample with a seed it records.
        officer.navigate(ORIGIN + "/returns/" + id);
        assertThat(officer.locator("#completeness-overall").textContent())
                .contains("1 of " + asked.size() + " schools have submitted");
        officer.click("#sample-link");
        Accessibility.assertNoViolations(officer);
        officer.uncheck("#includeSchoolsOfConcern");
        officer.fill("#seed", "20261203");
        officer.click("#draw");
        officer.waitForURL("**/returns/" + id + "/sample");
        assertThat(officer.locator("#seed-value").textContent()).isEqualTo("20261203");
        Accessibility.assertNoViolations(officer);
        Sample sample = samples.sampleFor(id).orElseThrow();
        int expectedSize = (asked.size() * 5 + 99) / 100;
        assertThat(sample.sampled()).hasSize(expectedSize);
        assertThat(sample.method()).contains("5% of the " + asked.size() + " schools asked");
        officer.click("#check-link");
        assertThat(officer.locator("#same").textContent()).contains("The recorded seed gives the same schools");
        Accessibility.assertNoViolations(officer);
        // Drawn again outside the service, from the record alone, the same schools come out.
        assertThat(SampleDraw.randomPicks(20261203, sample.eligible(), expectedSize))
                .isEqualTo(sample.drawnAtRandom());

        // A validation visit to the first school in the sample.
        String visited = sample.sampled().get(0).urn().toString();
        officer.navigate(ORIGIN + "/returns/" + id + "/sample");
        officer.click("#visit-" + visited);
        Accessibility.assertNoViolations(officer);
        LocalDate today = LocalDate.now(clock);
        officer.fill("#visitedDay", Integer.toString(today.getDayOfMonth()));
        officer.fill("#visitedMonth", Integer.toString(today.getMonthValue()));
        officer.fill("#visitedYear", Integer.toString(today.getYear()));
        officer.check("#outcome");
        officer.fill("#findings", "The designated safeguarding lead showed the training log and the policy");
        officer.click("#save-visit");
        officer.waitForURL(Pattern.compile(".*/returns/" + id + "/sample#school-" + visited));
        assertThat(officer.locator("#school-" + visited).textContent()).contains("The return held");

        // The schools that have not returned are on the chase list and in its letters.
        officer.navigate(ORIGIN + "/returns/" + id + "/chase-list");
        String chaseList = officer.locator("#chase-list").textContent();
        assertThat(chaseList).contains(asked.get(1).name(), asked.get(asked.size() - 1).name())
                .doesNotContain(own.name());
        Accessibility.assertNoViolations(officer);
        officer.selectOption("#step-" + asked.get(1).urn(), "LETTER_TO_HEADTEACHER");
        officer.click("#record-step-" + asked.get(1).urn());
        assertThat(officer.locator("#school-" + asked.get(1).urn()).textContent())
                .contains("Letter to the headteacher");

        byte[] pdf = mvc.perform(get("/returns/" + id + "/chase-list.pdf").with(OFFICER)).andReturn().getResponse()
                .getContentAsByteArray();
        String letters = pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(letters).contains("To the headteacher, " + asked.get(1).name(),
                "has not yet submitted the Section 175 safeguarding audit 2026-27")
                .doesNotContain("To the headteacher, " + own.name() + " ");
        assertThat(letters.split("Dear Headteacher", -1)).hasSize(asked.size());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
