package org.schoolscope.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.scorecard.domain.Status;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.SettableClock;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15: an officer enters the value of an indicator no published series holds, with its evidence; a correction is
 * a new entry, both are listed and the scorecard shows the later; an officer sets a status beside the computed one.
 * Expected statuses and sentences are written here by hand from the catalogue's targets (PI 2: zero, lower is
 * better; PI 7: the England average) and the LAIT cut (KS2RWM_Expected_STD 2016: Birmingham 47, England 54).
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficerEntriesTest {

    private static final RequestPostProcessor OFFICER = TestUsers.allocated("scorecard-officer", Role.OFFICER,
            List.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    Scorecards scorecards;

    @Autowired
    ImportService imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @BeforeEach
    void birminghamsPublishedFigures() {
        DatabaseCleaner.clean(jdbc);
        ImportReport report = imports.importBytes("lait_bds_long_cut.csv.gz", published(), "test",
                ImportOptions.STRICT, ImportProgress.SILENT);
        assertThat(report.rejected()).as(report.summary()).isFalse();
    }

    @Test
    void shouldKeepACorrectionAsANewEntryListBothAndShowTheLaterOnTheScorecard() throws Exception {
        enter("2", "FY2016-17", "yes", "14", null, "The exclusions team's list at 31 March 2017")
                .andExpect(redirectedUrl("/scorecard/indicators/2#entries"));
        enter("2", "FY2016-17", "yes", "12", null, "Corrected: two of the fourteen had a place within six days")
                .andExpect(redirectedUrl("/scorecard/indicators/2#entries"));

        Scorecard.Row row = row(scorecards.forCouncil(330, "Birmingham City Council", "2016-17"), "2");
        assertThat(row.value()).isEqualTo("12");
        assertThat(row.judgement().status()).isEqualTo(Status.RED);
        assertThat(row.judgement().explanation())
                .isEqualTo("Red: 12 against a target of 0 in the 2016-17 financial year.");
        assertThat(row.source()).startsWith("Entered by scorecard-officer on ");

        String page = page("/scorecard/indicators/2");
        assertThat(page).contains("The exclusions team&#39;s list at 31 March 2017",
                "Corrected: two of the fourteen had a place within six days", "Yes, correcting an earlier entry",
                "No, replaced by a later entry", "scorecard-officer, ");
        List<Long> ids = jdbc.sql("select id from indicator_entry order by id").query(Long.class).list();
        assertThat(ids).hasSize(2);
        assertThat(jdbc.sql("select corrects_id from indicator_entry where id = :id").param("id", ids.get(1))
                .query(Long.class).single()).isEqualTo(ids.get(0));
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_event"
                + " where record_type = 'indicator-entry'").query(String.class).single()).isEqualTo("enter,correct");
        // The application's own role may not change or remove an entry (AppendOnlyTablesTest tries every way).
        assertThatThrownBy(() -> jdbc.sql("update indicator_entry set value = 0").update()).rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from indicator_entry").update()).rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void shouldShowAMonthsKeptScorecardAsItStoodAfterALaterCorrection() throws Exception {
        clock.setToday(LocalDate.of(2026, 11, 10));
        enter("2", "FY2016-17", "yes", "14", null, "The exclusions team's list at 31 March 2017");
        String november = mvc.perform(post("/scorecard/snapshots").with(OFFICER).with(csrf()).param("period", "2016-17"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(november).matches("/scorecard/snapshots/\\d+");

        clock.setToday(LocalDate.of(2026, 12, 2));
        enter("2", "FY2016-17", "yes", "12", null, "Corrected: two of the fourteen had a place within six days");
        assertThat(row(scorecards.forCouncil(330, "Birmingham City Council", "2016-17"), "2").value()).isEqualTo("12");

        String kept = page(november);
        assertThat(kept).contains("The scorecard as kept in November 2026",
                "The scorecard for 2016-17, kept by scorecard-officer on 10 November 2026");
        assertThat(scorecardRow(kept, "2")).contains(">14<").doesNotContain(">12<");

        String december = mvc.perform(post("/scorecard/snapshots").with(OFFICER).with(csrf()).param("period", "2016-17"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(december).isNotEqualTo(november);
        assertThat(scorecardRow(page(december), "2")).contains(">12<");
        assertThat(mvc.perform(post("/scorecard/snapshots").with(OFFICER).with(csrf()).param("period", "2016-17"))
                .andReturn().getResponse().getRedirectedUrl()).as("kept once a month").isEqualTo(december);
        assertThat(page("/scorecard/snapshots")).contains("November 2026", "December 2026");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'scorecard-snapshot'")
                .query(Long.class).single()).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.sql("update scorecard_snapshot set html = ''").update()).rootCause()
                .hasMessageContaining("permission denied");
        mvc.perform(post("/scorecard/snapshots").with(TestUsers.allocated("scorecard-head", Role.HEADTEACHER,
                List.of())).with(csrf()).param("period", "2016-17")).andExpect(status().isForbidden());
        assertThat(page("/scorecard")).contains("Keep this month&#39;s scorecard for");
    }

    @Test
    void shouldRecordThatAValueIsNotAvailableWithTheReason() throws Exception {
        enter("2", "FY2017-18", "no", null, "The system was replaced in the year",
                "The exclusions team could not count the year").andExpect(status().is3xxRedirection());

        Scorecard.Row row = row(scorecards.forCouncil(330, "Birmingham City Council", "2017-18"), "2");
        assertThat(row.judgement().explanation())
                .isEqualTo("No status: the figure for the 2017-18 financial year is not available.");
        assertThat(page("/scorecard/indicators/2")).contains("Not available: The system was replaced in the year");
    }

    @Test
    void shouldRefuseAValueOutsideTheUnitAPeriodToComeAndNoEvidence() throws Exception {
        // PI 16 is a percentage; PI 2 a whole number of children.
        String page = enter("16", "FY2016-17", "yes", "101", null, "").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter a percentage from 0 to 100",
                "Enter the evidence the value rests on", "href=\"#value\"", "href=\"#evidence\"");
        assertThat(enter("2", "FY2099-00", "yes", "2.5", null, "A list").andReturn().getResponse()
                .getContentAsString()).contains("Choose a period that has begun", "Enter a whole number, 0 or more");
        assertThat(enter("2", "FY2016-17", "perhaps", null, null, "A list").andReturn().getResponse()
                .getContentAsString()).contains("Choose whether a value is available");
        // An indicator with a published series is not entered by hand.
        enter("7", "2015-16", "yes", "50", null, "A list").andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from indicator_entry").query(Long.class).single()).isZero();
    }

    @Test
    void shouldShowAnOfficersStatusBesideTheComputedOneAndRefuseTheSameStatus() throws Exception {
        // KS2RWM 2016: 47% against England's 54%, computed Red.
        assertThat(override("7", "2015-16", "RED", "The board agreed the figure is right").andReturn().getResponse()
                .getContentAsString()).contains("The computed status is already Red: choose a different status");
        assertThat(override("7", "2015-16", "AMBER", "ok").andReturn().getResponse().getContentAsString())
                .contains("Write the reason in at least 3 words");
        override("7", "2015-16", "AMBER", "Writing was moderated down across the city; the board accepts Amber")
                .andExpect(redirectedUrl("/scorecard/indicators/7#status-overrides"));

        Scorecard.Row row = row(scorecards.forCouncil(330, "Birmingham City Council", "2015-16"), "7");
        assertThat(row.judgement().status()).isEqualTo(Status.RED);
        assertThat(row.override().status()).isEqualTo(Status.AMBER);
        assertThat(page("/scorecard?period=2015-16")).contains("Amber (set by an officer; computed: Red)",
                "Red: 47% against a target of the England average, 54%, in 2015-16.");
        assertThat(page("/scorecard/indicators/7")).contains("Amber (set by an officer; computed: Red)",
                "Writing was moderated down across the city; the board accepts Amber");
        assertThat(jdbc.sql("select count(*) from audit_event where record_type = 'indicator-status-override'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAHeadteacherAPartnerAndTheBoard() throws Exception {
        for (RequestPostProcessor reader : List.of(TestUsers.headteacherOf(Urn.parse("103157")),
                TestUsers.allocated("scorecard-partner", Role.PARTNER, List.of()),
                TestUsers.allocated("scorecard-board", Role.BOARD, List.of()))) {
            mvc.perform(post("/scorecard/indicators/2/entries").with(reader).with(csrf()).param("period",
                    "FY2016-17").param("available", "yes").param("value", "3").param("evidence", "A list"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/scorecard/indicators/7/status-overrides").with(reader).with(csrf())
                    .param("period", "2015-16").param("status", "GREEN").param("reason", "We think it is fine"))
                    .andExpect(status().isForbidden());
        }
        assertThat(page("/scorecard/indicators/2")).contains("id=\"entry-form\"", "id=\"override-form\"");
        String boardPage = mvc.perform(get("/scorecard/indicators/2")
                .with(TestUsers.allocated("scorecard-board", Role.BOARD, List.of()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(boardPage).doesNotContain("id=\"entry-form\"", "id=\"override-form\"");
    }

    @Test
    void shouldAnswerTheApiWithTheStandingValueEveryEntryAndTheOverride() throws Exception {
        enter("2", "FY2016-17", "yes", "14", null, "The exclusions team's list").andExpect(status().is3xxRedirection());
        enter("2", "FY2016-17", "yes", "12", null, "The corrected list").andExpect(status().is3xxRedirection());
        override("7", "2015-16", "AMBER", "Writing was moderated down across the city")
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/scorecard").param("council", "330").param("period", "2016-17").with(OFFICER))
                .andExpect(status().isOk()).andExpect(jsonPath("$.council").value(330))
                .andExpect(jsonPath("$.year").value("2016-17"))
                .andExpect(jsonPath("$.indicators[?(@.code == '2')].value").value(12))
                .andExpect(jsonPath("$.indicators[?(@.code == '2')].status").value("Red"));
        mvc.perform(get("/api/v1/scorecard").param("period", "2015-16").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == '7')].value").value(47))
                .andExpect(jsonPath("$.indicators[?(@.code == '7')].england").value(54))
                .andExpect(jsonPath("$.indicators[?(@.code == '7')].override.status").value("Amber"))
                .andExpect(jsonPath("$.indicators[?(@.code == '7')].override.computedStatus").value("Red"));
        mvc.perform(get("/api/v1/indicators/2").param("council", "330").with(OFFICER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].value").value(12))
                .andExpect(jsonPath("$.entries[0].standing").value(true))
                .andExpect(jsonPath("$.entries[1].evidence").value("The exclusions team's list"))
                .andExpect(jsonPath("$.entries[1].standing").value(false));
        mvc.perform(get("/api/v1/indicators/no-such").with(OFFICER)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/api/v1/openapi").with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/api/v1/scorecard", "/api/v1/indicators/{code}");
    }

    private org.springframework.test.web.servlet.ResultActions enter(String code, String period, String available,
            String value, String notAvailableReason, String evidence) throws Exception {
        var request = post("/scorecard/indicators/" + code + "/entries").with(OFFICER).with(csrf())
                .param("period", period).param("available", available).param("evidence", evidence);
        if (value != null) {
            request.param("value", value);
        }
        if (notAvailableReason != null) {
            request.param("notAvailableReason", notAvailableReason);
        }
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.ResultActions override(String code, String period, String status,
            String reason) throws Exception {
        return mvc.perform(post("/scorecard/indicators/" + code + "/status-overrides").with(OFFICER).with(csrf())
                .param("period", period).param("status", status).param("reason", reason));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The indicator's row of the scorecard table in a page. */
    private static String scorecardRow(String page, String code) {
        int start = page.indexOf("id=\"indicator-" + code + "\"");
        assertThat(start).as("row of indicator %s", code).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static Scorecard.Row row(Scorecard scorecard, String code) {
        return scorecard.rows().stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private static byte[] published() {
        try (InputStream in = OfficerEntriesTest.class.getResourceAsStream(
                "/performance/lait/lait_bds_long_cut.csv.gz")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
