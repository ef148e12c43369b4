package org.schoolscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The README's first command on a fresh machine: an empty embedded database gets the whole sample, and the service
 * opens on Birmingham. Golden values are the published strings of the sample files.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class SampleDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void shouldImportEverySampleFileOnTheFirstStart() {
        List<String> manifest = new String(SampleFiles.bytes("manifest.txt"), StandardCharsets.UTF_8).lines()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+")[0]).toList();
        assertThat(jdbc.sql("select file_name from import_batch order by id").query(String.class).list())
                .containsExactlyElementsOf(manifest);
    }

    @Test
    void shouldOpenOnBirminghamWithItsSchools() throws Exception {
        assertThat(jdbc.sql("select count(*) from school where la_code = 330").query(Long.class).single())
                .isGreaterThan(500);
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Birmingham City Council")));
    }

    @Test
    void shouldGiveASchoolsPublishedFiguresBesideTheMatchingBenchmark() throws Exception {
        mvc.perform(get("/api/v1/schools/103157")).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Shaw Hill Primary School"))
                .andExpect(jsonPath("$.responsibleBody").value("LOCAL_AUTHORITY"))
                // The latest census in the sample is January 2025's, whose line for 103157 ends "420,56.67%".
                .andExpect(jsonPath("$.measures[?(@.code == 'census.fsm_ever_share')].school.rawValue",
                        contains("56.67%")))
                .andExpect(jsonPath("$.measures[?(@.code == 'census.fsm_ever_share')].academicYear",
                        contains("2024-25")))
                // Exclusions publish Birmingham's rate per school type: a primary school is set beside the primary rate.
                .andExpect(jsonPath("$.measures[?(@.code == 'exclusions.fixed_period_rate')].school.rawValue",
                        contains("1.72")))
                .andExpect(jsonPath("$.measures[?(@.code == 'exclusions.fixed_period_rate')].localAuthority.rawValue",
                        contains("1.95")))
                .andExpect(jsonPath("$.measures[?(@.code == 'exclusions.fixed_period_rate')].localAuthority.breakdown",
                        contains("State-funded primary")));
    }
}
