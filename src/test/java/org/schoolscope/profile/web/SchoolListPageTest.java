package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.fixtures.ImportBatchFixture;
import org.schoolscope.profile.fixtures.InspectionFixture;
import org.schoolscope.profile.fixtures.ReadModelTables;
import org.schoolscope.profile.fixtures.SchoolFixture;
import org.schoolscope.testing.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest
@AutoConfigureMockMvc
class SchoolListPageTest {

    private static final Pattern SCHOOL_LINK = Pattern.compile("href=\"/schools/(\\d{6})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    long batch;

    @BeforeEach
    void loadFictionalSchools() {
        ReadModelTables.clear(jdbc);
        batch = ImportBatchFixture.batch("constructed-ofsted.csv").insert(jdbc);
        SchoolFixture.localAuthority(jdbc, 330, "Birmingham");
        SchoolFixture.localAuthority(jdbc, 850, "Hampshire");
        SchoolFixture.district(jdbc, 330, "Birmingham, Ladywood", "Ladywood");
        SchoolFixture.district(jdbc, 330, "Birmingham, Erdington", "Erdington");
        SchoolFixture.maintainedPrimary(900001, "Fictional Alder Primary School").insert(jdbc);
        SchoolFixture.maintainedPrimary(900002, "Fictional Birch Primary School").constituency("Birmingham, Erdington")
                .insert(jdbc);
        SchoolFixture.academySecondary(900003, "Fictional Cedar Academy", "Fictional Learning Trust").insert(jdbc);
        SchoolFixture.maintainedPrimary(900004, "Fictional Damson Nursery").phase("Nursery").type("Local authority nursery school")
                .insert(jdbc);
        SchoolFixture.maintainedPrimary(900005, "Fictional Elm Infant School").insert(jdbc);
        SchoolFixture.maintainedPrimary(900099, "Fictional Hampshire Primary School").la(850).constituency("Winchester")
                .insert(jdbc);
        // Alder: Good then Requires improvement, so its latest is RI.
        InspectionFixture.singleGrade(900001, LocalDate.of(2019, 3, 5), 2).insert(jdbc, batch);
        InspectionFixture.singleGrade(900001, LocalDate.of(2023, 6, 14), 3).insert(jdbc, batch);
        // Birch: an ungraded inspection after its graded one does not replace the graded outcome.
        InspectionFixture.singleGrade(900002, LocalDate.of(2018, 1, 10), 1).insert(jdbc, batch);
        InspectionFixture.ungraded(900002, LocalDate.of(2024, 2, 1), "School remains Outstanding").insert(jdbc, batch);
        InspectionFixture.reportCard(900003, LocalDate.of(2025, 12, 2), "MET").insert(jdbc, batch);
        InspectionFixture.keyJudgements(900005, LocalDate.of(2024, 11, 20)).insert(jdbc, batch);
    }

    @AfterEach
    void clear() {
        clock.reset();
        ReadModelTables.clear(jdbc);
    }

    @Test
    void shouldOpenOnTheCouncilsLocalAuthority() throws Exception {
        String page = html(get("/schools"));
        assertThat(urnsListed(page)).containsExactly(900001, 900002, 900003, 900004, 900005);
        assertThat(page).contains("<option value=\"330\" selected=\"selected\">Birmingham (330)</option>");
    }

    @Test
    void shouldShowTheLatestGradedOutcomeInWords() throws Exception {
        String page = html(get("/schools"));
        assertThat(rowOf(page, 900001)).contains("Requires improvement").contains("14 Jun 2023");
        assertThat(rowOf(page, 900002)).contains("Outstanding").doesNotContain("remains");
        assertThat(rowOf(page, 900003)).contains("Report card, safeguarding met");
        assertThat(rowOf(page, 900004)).contains("No graded inspection recorded");
        assertThat(rowOf(page, 900005)).contains("Key judgements, no overall grade");
    }

    @Test
    void shouldFilterByDistrictPhaseTypeAndResponsibleBody() throws Exception {
        assertThat(urnsListed(html(get("/schools").param("district", "Erdington")))).containsExactly(900002);
        assertThat(urnsListed(html(get("/schools").param("phase", "Secondary")))).containsExactly(900003);
        assertThat(urnsListed(html(get("/schools").param("type", "Local authority nursery school"))))
                .containsExactly(900004);
        assertThat(urnsListed(html(get("/schools").param("body", "TRUST")))).containsExactly(900003);
        assertThat(urnsListed(html(get("/schools").param("body", "LOCAL_AUTHORITY"))))
                .containsExactly(900001, 900002, 900004, 900005);
    }

    @Test
    void shouldFilterByLatestOutcomeIncludingNoGradedOutcomeAndReportCards() throws Exception {
        assertThat(urnsListed(html(get("/schools").param("outcome", "requires-improvement")))).containsExactly(900001);
        assertThat(urnsListed(html(get("/schools").param("outcome", "good")))).isEmpty();
        assertThat(urnsListed(html(get("/schools").param("outcome", "outstanding")))).containsExactly(900002);
        assertThat(urnsListed(html(get("/schools").param("outcome", "none")))).containsExactly(900004);
        assertThat(urnsListed(html(get("/schools").param("outcome", "report-card")))).containsExactly(900003);
        assertThat(urnsListed(html(get("/schools").param("outcome", "key-judgements")))).containsExactly(900005);
    }

    @Test
    void shouldListAnotherLocalAuthorityWhenAskedFor() throws Exception {
        assertThat(urnsListed(html(get("/schools").param("la", "850")))).containsExactly(900099);
    }

    @Test
    void shouldSortByEachColumnBothWays() throws Exception {
        assertThat(urnsListed(html(get("/schools").param("sort", "name").param("order", "desc"))))
                .containsExactly(900005, 900004, 900003, 900002, 900001);
        assertThat(urnsListed(html(get("/schools").param("sort", "outcome"))))
                .containsExactly(900002, 900001, 900005, 900003, 900004);
        assertThat(urnsListed(html(get("/schools").param("sort", "inspected").param("order", "desc"))))
                .containsExactly(900003, 900005, 900001, 900002, 900004);
        assertThat(urnsListed(html(get("/schools").param("sort", "phase"))))
                .containsExactly(900004, 900001, 900002, 900005, 900003);
        assertThat(urnsListed(html(get("/schools").param("sort", "urn").param("order", "desc"))))
                .containsExactly(900005, 900004, 900003, 900002, 900001);
    }

    @Test
    void shouldOfferSortLinksThatKeepTheFiltersAndReverseTheCurrentOrder() throws Exception {
        String page = html(get("/schools").param("body", "LOCAL_AUTHORITY").param("sort", "name"));
        assertThat(page).contains("aria-sort=\"ascending\"")
                .contains("href=\"/schools?la=330&amp;body=LOCAL_AUTHORITY&amp;sort=name&amp;order=desc\"")
                .contains("href=\"/schools?la=330&amp;body=LOCAL_AUTHORITY&amp;sort=urn&amp;order=asc\"");
    }

    @Test
    void shouldPageThroughLongLists() throws Exception {
        for (int urn = 900100; urn < 900130; urn++) {
            SchoolFixture.maintainedPrimary(urn, "Fictional Paged School " + urn).insert(jdbc);
        }
        String first = html(get("/schools").param("sort", "urn"));
        assertThat(urnsListed(first)).hasSize(25).startsWith(900001);
        assertThat(first).contains("35 schools (showing 1 to 25)").contains("rel=\"next\"");
        String second = html(get("/schools").param("sort", "urn").param("page", "2"));
        assertThat(urnsListed(second)).hasSize(10).endsWith(900129);
        assertThat(second).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void shouldNameUnusableFilterValuesInAnErrorSummaryAndStillList() throws Exception {
        String page = html(get("/schools").param("la", "Birmingham").param("outcome", "brilliant"));
        assertThat(page).contains("govuk-error-summary")
                .contains("<a href=\"#la\">Choose a local authority from the list</a>")
                .contains("<a href=\"#outcome\">Choose an Ofsted outcome from the list</a>")
                .contains("govuk-select--error");
        assertThat(urnsListed(page)).containsExactly(900001, 900002, 900003, 900004, 900005);
    }

    @Test
    void shouldListTheSchoolsOpenOnTheDayAskedForLeavingOutThoseClosedByThen() throws Exception {
        SchoolFixture.maintainedPrimary(900006, "Fictional Fir Primary School").closedOn(LocalDate.of(2019, 6, 30))
                .insert(jdbc);
        String today = html(get("/schools"));
        assertThat(urnsListed(today)).containsExactly(900001, 900002, 900003, 900004, 900005);
        String before = html(get("/schools").param("asAt", "2019-06-01"));
        assertThat(urnsListed(before)).containsExactly(900001, 900002, 900003, 900004, 900005, 900006);
        assertThat(before).contains("Schools open on 1 June 2019").contains("Show the schools open today")
                .contains("<input type=\"hidden\" name=\"asAt\" value=\"2019-06-01\">");
        // As at June 2019 Alder's latest graded outcome is its 2019 Good, not the Requires improvement of 2023.
        assertThat(rowOf(before, 900001)).contains("Good").doesNotContain("Requires improvement");
        assertThat(html(get("/schools").param("asAt", "2019-06-01").param("sort", "urn").param("order", "desc")))
                .contains("href=\"/schools?la=330&amp;asAt=2019-06-01&amp;sort=name&amp;order=asc\"");
    }

    @Test
    void shouldOpenOnTheServicesTodayWhateverTheWallClockSays() throws Exception {
        SchoolFixture.maintainedPrimary(900006, "Fictional Fir Primary School").closedOn(LocalDate.of(2019, 6, 30))
                .insert(jdbc);
        clock.setToday(LocalDate.of(2019, 6, 1));
        String page = html(get("/schools"));
        assertThat(page).contains("Schools open on 1 June 2019").doesNotContain("Show the schools open today");
        assertThat(urnsListed(page)).contains(900006);
    }

    @Test
    void shouldFindASchoolByWordsOfItsNameOrItsUrnAndSayWhenTheUrnWasNotOpen() throws Exception {
        SchoolFixture.maintainedPrimary(900006, "Fictional St. Mary's Primary School")
                .closedOn(LocalDate.of(2019, 6, 30)).insert(jdbc);
        assertThat(urnsListed(html(get("/schools").param("q", "birch")))).containsExactly(900002);
        assertThat(urnsListed(html(get("/schools").param("q", "primary FICTIONAL"))))
                .containsExactly(900001, 900002);
        assertThat(urnsListed(html(get("/schools").param("q", "900003")))).containsExactly(900003);
        assertThat(urnsListed(html(get("/schools").param("q", "st marys").param("asAt", "2019-06-01"))))
                .containsExactly(900006);
        String closed = html(get("/schools").param("q", "900006"));
        assertThat(urnsListed(closed)).containsExactly(900006);
        assertThat(closed).contains("No schools match")
                .contains("Fictional St. Mary&#39;s Primary School (900006) was not open on");
    }

    @Test
    void shouldSayPlainlyWhenNoSchoolsMatch() throws Exception {
        String page = html(get("/schools").param("la", "999"));
        assertThat(page).contains("No schools match");
        assertThat(urnsListed(page)).isEmpty();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<Integer> urnsListed(String page) {
        Matcher matcher = SCHOOL_LINK.matcher(page);
        return matcher.results().map(match -> Integer.valueOf(match.group(1))).toList();
    }

    private static String rowOf(String page, int urn) {
        int start = page.indexOf("href=\"/schools/" + urn + "\"");
        assertThat(start).as("row for %s", urn).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
