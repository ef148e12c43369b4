package org.schoolscope.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.fixtures.ImportBatchFixture;
import org.schoolscope.profile.fixtures.ReadModelTables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest
@AutoConfigureMockMvc
class ImportLogPageTest {

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
    void shouldListImportBatchesNewestFirstWithTheirCounts() throws Exception {
        ImportBatchFixture.batch("older-constructed.csv").kind("OFSTED_MI")
                .importedAt(OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC)).rows(120, 100, 0, 0, 20)
                .insert(jdbc);
        ImportBatchFixture.batch("newer-constructed.csv").kind("GIAS_LINKS")
                .importedAt(OffsetDateTime.of(2026, 11, 20, 9, 0, 0, 0, ZoneOffset.UTC)).rows(50, 3, 4, 43, 0)
                .insert(jdbc);

        String page = mvc.perform(get("/imports")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("2 files imported, newest first.");
        assertThat(page.indexOf("newer-constructed.csv")).isLessThan(page.indexOf("older-constructed.csv"));
        String newer = page.substring(page.indexOf("newer-constructed.csv"), page.indexOf("older-constructed.csv"));
        assertThat(newer).contains("GIAS_LINKS").containsSubsequence(">50<", ">3<", ">4<", ">43<", ">0<");
    }

    @Test
    void shouldSayWhichImportAFileImportedAgainOnPurposeRepeats() throws Exception {
        long first = ImportBatchFixture.batch("2018-2019_330_census_birmingham.csv").kind("census").insert(jdbc);
        long again = ImportBatchFixture.batch("2018-2019_330_census_birmingham.csv").kind("census")
                .importedAt(OffsetDateTime.of(2026, 11, 21, 9, 0, 0, 0, ZoneOffset.UTC)).insert(jdbc);
        jdbc.sql("update import_batch set reimport_of = ? where id = ?").params(first, again).update();

        String log = mvc.perform(get("/imports")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String page = mvc.perform(get("/imports/" + again)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(log).contains("Imported again on purpose; first imported as import " + first);
        assertThat(page).contains("Imported again on purpose").contains("href=\"/imports/" + first + "\"")
                .contains("No rows were left out");
        mvc.perform(get("/imports/" + (again + 1000))).andExpect(status().isNotFound());
    }

    @Test
    void shouldSayWhenNoFilesHaveBeenImported() throws Exception {
        String page = mvc.perform(get("/imports")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("No files have been imported yet.");
    }
}
