package org.schoolscope.profile.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.profile.fixtures.FigureFixture;
import org.schoolscope.profile.fixtures.ImportBatchFixture;
import org.schoolscope.profile.fixtures.InspectionFixture;
import org.schoolscope.profile.fixtures.ReadModelTables;
import org.schoolscope.profile.fixtures.SchoolFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest
@AutoConfigureMockMvc
class SchoolApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long batch;

    @BeforeEach
    void loadFictionalSchools() {
        ReadModelTables.clear(jdbc);
        batch = ImportBatchFixture.batch("constructed-fixture.csv").insert(jdbc);
        SchoolFixture.district(jdbc, 330, "Birmingham, Yardley", "Yardley");
        SchoolFixture.maintainedPrimary(900031, "Fictional Rowan Primary School").constituency("Birmingham, Yardley")
                .insert(jdbc);
        SchoolFixture.academySecondary(900032, "Fictional Spruce Academy", "Fictional Trust").insert(jdbc);
        SchoolFixture.maintainedPrimary(900039, "Fictional Far Away School").la(850).insert(jdbc);
        InspectionFixture.singleGrade(900031, LocalDate.of(2021, 11, 9), 3)
                .judgement("QUALITY_OF_EDUCATION", "REQUIRES_IMPROVEMENT").insert(jdbc, batch);
        FigureFixture.measure(jdbc, "KS2_RWM_EXP", "Reading, writing and maths at the expected standard", "PERCENT",
                "Key stage 2");
        FigureFixture.measure(jdbc, "KS2_READ_PROG", "Reading progress", "SCORE", "Key stage 2");
        FigureFixture.forSchool(900031, "KS2_RWM_EXP").value("61", "61%").sourceFile("constructed_ks2.csv")
                .insert(jdbc, batch);
        FigureFixture.forLocalAuthority(330, "KS2_RWM_EXP").value("62", "62%").insert(jdbc, batch);
        FigureFixture.forEngland("KS2_RWM_EXP").value("65", "65%").insert(jdbc, batch);
        FigureFixture.forSchool(900031, "KS2_READ_PROG").unavailable("Suppressed: small numbers", "SUPP")
                .insert(jdbc, batch);
    }

    @AfterEach
    void clear() {
        ReadModelTables.clear(jdbc);
    }

    @Test
    void shouldListTheCouncilsSchoolsByDefault() throws Exception {
        mvc.perform(get("/api/v1/schools")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.schools[*].urn", contains(900031, 900032)))
                .andExpect(jsonPath("$.schools[0].district").value("Yardley"))
                .andExpect(jsonPath("$.schools[0].latestGradedOutcome.overallEffectiveness").value(3))
                .andExpect(jsonPath("$.schools[0].latestGradedOutcomeText").value("Requires improvement"))
                .andExpect(jsonPath("$.schools[1].responsibleBody").value("TRUST"))
                .andExpect(jsonPath("$.schools[1].latestGradedOutcome", nullValue()));
    }

    @Test
    void shouldFilterAndPageTheList() throws Exception {
        mvc.perform(get("/api/v1/schools").param("la", "850")).andExpect(status().isOk())
                .andExpect(jsonPath("$.schools[*].urn", contains(900039)));
        mvc.perform(get("/api/v1/schools").param("la", "330").param("body", "TRUST")).andExpect(status().isOk())
                .andExpect(jsonPath("$.schools[*].urn", contains(900032)));
        mvc.perform(get("/api/v1/schools").param("outcome", "none")).andExpect(status().isOk())
                .andExpect(jsonPath("$.schools[*].urn", contains(900032)));
        mvc.perform(get("/api/v1/schools").param("size", "1").param("page", "2").param("sort", "urn"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.schools[*].urn", contains(900032)))
                .andExpect(jsonPath("$.pageCount").value(2));
    }

    @Test
    void shouldRejectUnusableFiltersWithAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/schools").param("la", "Birmingham").param("size", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameters", contains("size")));
        mvc.perform(get("/api/v1/schools").param("la", "Birmingham")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameters", contains("la")));
    }

    @Test
    void shouldGiveASchoolsFactsInspectionsAndFiguresWithSourcesAndBenchmarks() throws Exception {
        mvc.perform(get("/api/v1/schools/900031")).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Fictional Rowan Primary School"))
                .andExpect(jsonPath("$.responsibleBody").value("LOCAL_AUTHORITY"))
                .andExpect(jsonPath("$.district").value("Yardley"))
                .andExpect(jsonPath("$.inspections", hasSize(1)))
                .andExpect(jsonPath("$.inspections[0].overallEffectiveness").value(3))
                .andExpect(jsonPath("$.inspections[0].judgements[0].area").value("QUALITY_OF_EDUCATION"))
                .andExpect(jsonPath("$.inspections[0].judgements[0].gradeText").value("Requires improvement"))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].school.value").value(61))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].school.rawValue").value("61%"))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].school.sourceFile")
                        .value("constructed_ks2.csv"))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].school.importId").value((int) batch))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].academicYear").value("2018-19"))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].releaseStage").value("FINAL"))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].localAuthority.value").value(62))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_RWM_EXP')].england.value").value(65))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_READ_PROG')].school.unavailable")
                        .value("Suppressed: small numbers"))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_READ_PROG')].school.rawValue").value("SUPP"))
                .andExpect(jsonPath("$.measures[?(@.code == 'KS2_READ_PROG')].school.value", contains(nullValue())));
    }

    @Test
    void shouldAnswerUnknownAndMalformedUrnsWithANotFoundProblem() throws Exception {
        for (String urn : new String[] {"999997", "not-a-urn"}) {
            mvc.perform(get("/api/v1/schools/" + urn)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.detail", containsString(urn)));
        }
    }

    @Test
    void shouldDescribeTheApiInOpenApi() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi", containsString("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/schools'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/schools/{urn}'].get").exists());
    }
}
