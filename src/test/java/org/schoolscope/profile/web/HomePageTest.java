package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.fixtures.ImportBatchFixture;
import org.schoolscope.profile.fixtures.InspectionFixture;
import org.schoolscope.profile.fixtures.ReadModelTables;
import org.schoolscope.profile.fixtures.SchoolFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void clear() {
        ReadModelTables.clear(jdbc);
    }

    @Test
    void shouldSayPlainlyWhenNothingIsLoaded() throws Exception {
        String page = html();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Birmingham City Council</h1>")
                .contains("Nothing has been loaded yet").doesNotContain("id=\"school-counts\"");
    }

    @Test
    void shouldCountOpenSchoolsBySetGoodOrBetterInspectionsFiguresAndImports() throws Exception {
        long batch = ImportBatchFixture.batch("constructed-gias.csv").rows(7, 7, 0, 0, 0)
                .importedAt(OffsetDateTime.of(2026, 11, 21, 14, 5, 0, 0, ZoneOffset.UTC)).insert(jdbc);
        SchoolFixture.maintainedPrimary(900021, "Fictional Maple Primary School").insert(jdbc);
        SchoolFixture.maintainedPrimary(900022, "Fictional Oak Primary School").insert(jdbc);
        SchoolFixture.academySecondary(900023, "Fictional Pine Academy", "Fictional Trust").insert(jdbc);
        SchoolFixture.maintainedPrimary(900024, "Fictional Closed School").status("Closed").insert(jdbc);
        SchoolFixture.maintainedPrimary(900025, "Fictional Elsewhere School").la(850).insert(jdbc);
        InspectionFixture.singleGrade(900021, LocalDate.of(2022, 1, 1), 2).insert(jdbc, batch);

        String page = html();

        String schools = page.substring(page.indexOf("id=\"school-counts\""), page.indexOf("id=\"data-counts\""));
        assertThat(schools).containsSubsequence("Open schools", ">3<", "State-funded", ">3<",
                "Maintained by the council", ">2<", "Run by a trust", ">1<", "Independent", ">0<",
                "Good or Outstanding", "1 of 3 (33%)");
        assertThat(page.substring(page.indexOf("id=\"data-counts\""))).containsSubsequence(
                "Ofsted inspections recorded", ">1<", "Figures loaded", ">0<", "Files imported", ">1<");
        assertThat(page).contains("constructed-gias.csv, imported 21 November 2026 14:05 (7 rows read)")
                .doesNotContain("Nothing has been loaded yet");
    }

    private String html() throws Exception {
        return mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
