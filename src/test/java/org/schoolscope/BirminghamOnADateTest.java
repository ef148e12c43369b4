package org.schoolscope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.schoolscope.inspection.Inspections;
import org.schoolscope.inspection.LatestInspection;
import org.schoolscope.inspection.domain.OverallEffectiveness;
import org.schoolscope.inspection.domain.SingleGradeInspection;
import org.schoolscope.register.SchoolHistory;
import org.schoolscope.register.SchoolOnDate;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.register.SchoolStatus;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.SampleFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Birmingham's schools on the dates its published lists describe, from the whole sample as the first start loads it.
 * Expected counts are read from the published files here, not through the importers.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class BirminghamOnADateTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final String OFSTED = "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv";
    private static final String CENSUS = "2024-2025_330_census_birmingham.csv";

    @Autowired
    SchoolRegister register;

    @Autowired
    Inspections inspections;

    @Autowired
    MockMvc mvc;

    @Test
    void shouldCountOfstedsStateFundedSchoolsAndTheirGoodOrBetterAsAtItsDate() {
        List<List<String>> ofsted = SampleFiles.records(OFSTED, StandardCharsets.UTF_8);
        int grade = ofsted.get(0).indexOf("Overall effectiveness");
        long published = ofsted.size() - 1;
        long goodOrBetter = ofsted.stream().skip(1).filter(r -> r.get(grade).equals("1") || r.get(grade).equals("2"))
                .count();

        LocalDate asAt = LocalDate.of(2023, 8, 31);
        List<SchoolOnDate> schools = register.schools(asAt, SchoolSet.STATE_FUNDED, BIRMINGHAM);
        Map<Urn, LatestInspection> latest = inspections.latestGraded(schools.stream().map(SchoolOnDate::urn).toList(),
                AsAt.on(asAt));
        long good = latest.values().stream().map(LatestInspection::inspection)
                .filter(i -> i instanceof SingleGradeInspection graded
                        && graded.overallEffectiveness().grade() <= OverallEffectiveness.GOOD.grade())
                .count();

        assertThat(published).isEqualTo(445);
        assertThat(schools).hasSizeBetween((int) published - 5, (int) published);
        assertThat(good).isEqualTo(goodOrBetter).isEqualTo(381);
    }

    @Test
    void shouldGiveOfstedsCountsOnItsDateOnTheHomePageAndInTheApi() throws Exception {
        List<List<String>> ofsted = SampleFiles.records(OFSTED, StandardCharsets.UTF_8);
        int grade = ofsted.get(0).indexOf("Overall effectiveness");
        long goodOrBetter = ofsted.stream().skip(1).filter(r -> r.get(grade).equals("1") || r.get(grade).equals("2"))
                .count();

        String json = mvc.perform(get("/api/v1/overview").param("asAt", "2023-08-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("/").param("asAt", "2023-08-31")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        long stateFunded = Long.parseLong(json.replaceAll(".*\"stateFunded\":(\\d+).*", "$1"));
        assertThat(stateFunded).isBetween(440L, 445L);
        assertThat(json).contains("\"asAt\":\"2023-08-31\"").contains("\"goodOrOutstanding\":" + goodOrBetter);
        // Seed 003: "382 of 444 (86%)"; Ofsted's file: 381 of 445.
        assertThat(json).contains("\"goodOrOutstandingPercent\":86");
        assertThat(page).contains("open on 31 August 2023").contains(goodOrBetter + " of " + stateFunded + " (86%)");
    }

    @Test
    void shouldGiveTheCensussCountOnCensusDayInTheApi() throws Exception {
        String json = mvc.perform(get("/api/v1/overview").param("asAt", "2025-01-31")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(json).contains("\"stateFunded\":444");
    }

    @Test
    void shouldCountTheCensussStateFundedSchoolsOnCensusDay() {
        List<List<String>> census = SampleFiles.records(CENSUS, StandardCharsets.UTF_8);
        int la = census.get(0).indexOf("LA");
        int type = census.get(0).indexOf("SCHOOLTYPE");
        Set<Integer> stateFunded = census.stream().skip(1)
                .filter(r -> r.get(la).equals("330") && r.get(type).startsWith("State-funded"))
                .map(r -> Integer.valueOf(r.get(0))).collect(Collectors.toSet());

        List<SchoolOnDate> schools = register.schools(LocalDate.of(2025, 1, 31), SchoolSet.STATE_FUNDED, BIRMINGHAM);

        assertThat(stateFunded).hasSize(444);
        assertThat(schools).hasSize(stateFunded.size());
    }

    @Test
    void shouldShowASucceededSchoolAsClosedWithItsHistory() {
        SchoolOnDate abbey = register.find(new Urn(103422), LocalDate.of(2025, 1, 31)).orElseThrow();
        SchoolHistory history = register.history(new Urn(103422)).orElseThrow();

        assertThat(abbey.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(abbey.statusEvidence().words()).isEqualTo(
                "Succeeded by 147669 (Abbey Catholic Primary School) on 31 March 2021");
        assertThat(history.periods()).extracting(SchoolHistory.Period::status)
                .containsSubsequence(SchoolStatus.OPEN, SchoolStatus.CLOSED);
        assertThat(history.periods().get(history.periods().size() - 1).from()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(register.find(new Urn(147669), LocalDate.of(2025, 1, 31)).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void shouldNotCountASchoolAfterItsCloseDate() {
        SchoolOnDate willmott = register.find(new Urn(103522), LocalDate.of(2023, 8, 31)).orElseThrow();

        assertThat(willmott.status()).isEqualTo(SchoolStatus.CLOSED);
        assertThat(register.schools(LocalDate.of(2023, 8, 31), SchoolSet.ALL, BIRMINGHAM))
                .noneMatch(s -> s.urn().value() == 103522 || s.urn().value() == 103422);
    }
}
