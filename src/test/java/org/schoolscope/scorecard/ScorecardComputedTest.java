package org.schoolscope.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.schoolscope.dashboard.LatestGrade;
import org.schoolscope.dashboard.OfstedFile;
import org.schoolscope.scorecard.domain.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * PI 1 and 1a computed from Schoolscope's own inspection records on the Birmingham sample as at 31 August 2023, against
 * Ofsted's own file for that day read without Schoolscope's code (the dashboard tests' {@link OfstedFile}). Same
 * properties as the other sample tests, so the context and its embedded PostgreSQL with the sample are shared.
 *
 * <p>The file and the register hold one school under two URNs (Hollywood Primary School: 103314 in the file, 149607
 * in the register, its successor by GIAS's links, which keeps its predecessor's latest inspection). The school is
 * counted once either way, with the same inspection, so the counts agree exactly; the amalgamated City Academy
 * (148187) that makes the dashboard's improved/declined counts differ by one does not touch these shares, which ask
 * only for the grade of the latest inspection and its date.
 */
@WithMockUser(username = "officer", roles = "OFFICER")
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
@Transactional
class ScorecardComputedTest {

    private static final int BIRMINGHAM = 330;
    private static final LocalDate START_OF_2022_23 = LocalDate.of(2022, 9, 1);
    private static final LocalDate END_OF_2022_23 = LocalDate.of(2023, 8, 31);

    @Autowired
    Scorecards scorecards;

    @Autowired
    MockMvc mvc;

    private final OfstedFile file = OfstedFile.read();

    @Test
    void shouldComputePi1AsTheShareOfStateFundedSchoolsGoodOrOutstandingOn31August2023AsOfstedsFileGivesIt() {
        assertThat(file.rows()).hasSize(445);
        assertThat(file.goodOrOutstanding()).isEqualTo(381);

        Scorecard.Row pi1 = row(scorecards.forCouncil(BIRMINGHAM, "Birmingham", "2022-23"), "1");

        assertThat(pi1.period()).isEqualTo("2022-23");
        assertThat(pi1.value()).isEqualTo(percent(381, 445)).isEqualTo("85.6%");
        assertThat(pi1.source()).isEqualTo("381 of 445 state-funded schools; computed from Schoolscope's inspection"
                + " records as at 31 August 2023.");
        assertThat(pi1.england()).isEqualTo(Scorecards.NO_ENGLAND);
        assertThat(pi1.gap()).isEmpty();
        assertThat(pi1.judgement().status()).as(pi1.judgement().explanation()).isNotEqualTo(Status.NONE);
        // Seed 001's target for 1 is an improving trend over two years: judged against 2021-22's value, computed the
        // same way as at 31 August 2022 (Ofsted's file for that day is not in the sample, so its value is not checked).
        assertThat(pi1.judgement().explanation()).startsWith("Green: 85.6% against a target of an improving trend")
                .contains("in 2021-22");
    }

    @Test
    void shouldComputePi1aAsTheShareOfSchoolsInspectedIn2022To23JudgedGoodOrOutstandingAsOfstedsFileGivesIt() {
        OfstedFile inYear = file.where(row -> row.inspectionStart() != null
                && !row.inspectionStart().isBefore(START_OF_2022_23) && !row.inspectionStart().isAfter(END_OF_2022_23));
        long inspected = inYear.rows().size();
        long good = inYear.where(row -> row.grade() == LatestGrade.OUTSTANDING || row.grade() == LatestGrade.GOOD)
                .rows().size();
        assertThat(inspected).isPositive();

        Scorecard.Row pi1a = row(scorecards.forCouncil(BIRMINGHAM, "Birmingham", "2022-23"), "1a");

        assertThat(pi1a.value()).isEqualTo(percent(good, inspected));
        assertThat(pi1a.source()).isEqualTo(good + " of " + inspected + " state-funded schools inspected in 2022-23;"
                + " computed from Schoolscope's inspection records as at 31 August 2023.");
        // Seed 001's target for 1a is 80%, with no tolerance.
        Status expected = new BigDecimal(percent(good, inspected).replace("%", "")).compareTo(BigDecimal.valueOf(80))
                >= 0 ? Status.GREEN : Status.RED;
        assertThat(pi1a.judgement().status()).as(pi1a.judgement().explanation()).isEqualTo(expected);
        assertThat(pi1a.judgement().explanation()).contains("80%").contains("2022-23");
    }

    @Test
    void shouldShowTheComputedValuesAndTheirSourceOnTheScorecardAndTheIndicatorPage() throws Exception {
        mvc.perform(get("/scorecard").param("period", "2022-23")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("85.6%")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "381 of 445 state-funded schools; computed from Schoolscope&#39;s inspection records as at"
                                + " 31 August 2023.")));
        mvc.perform(get("/scorecard/indicators/1")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Computed from Schoolscope&#39;s inspection records as at 31 August")));
    }

    @Test
    void shouldSayNoSchoolIsOnRecordForACouncilTheRegisterHoldsNoneOf() {
        // The sample's register is Birmingham's; Nottingham (892) has published figures but no school on record.
        Scorecard scorecard = scorecards.forCouncil(892, "Nottingham", "2022-23");

        for (String code : java.util.List.of("1", "1a")) {
            Scorecard.Row row = row(scorecard, code);
            assertThat(row.value()).isEmpty();
            assertThat(row.judgement().status()).isEqualTo(Status.NONE);
            assertThat(row.source()).isEqualTo("Computed from Schoolscope's inspection records: no state-funded school"
                    + " of the council's is on record as at 31 August 2023.");
        }
    }

    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }

    private static Scorecard.Row row(Scorecard scorecard, String code) {
        return scorecard.rows().stream().filter(row -> row.indicator().code().equals(code)).findFirst()
                .orElseThrow();
    }
}
