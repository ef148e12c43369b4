package org.schoolscope.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.scorecard.catalogue.CatalogueRefusedException;
import org.schoolscope.scorecard.domain.Status;
import org.schoolscope.shared.Role;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The directorate scorecard over the cut of DfE's LAIT file (see its PROVENANCE.md): Birmingham, Nottingham,
 * Manchester, England and others, as published. Every expected value is written here by hand from the published
 * file (the lines are quoted), never from the code under test. Birmingham's statistical neighbours are DfE's May 2025
 * list ({@code statistical_neighbours_may_2025.csv}: 892, 352, 380, 391, 353, 889, 373, 806, 852, 355), written here
 * by hand as no importer reads that file yet; the cut holds only Nottingham's and Manchester's figures among them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardTest {

    private static final String FILE = "lait_bds_long_cut.csv.gz";

    @Autowired
    ImportService imports;

    @Autowired
    Scorecards scorecards;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void birminghamAndItsNeighbours() {
        DatabaseCleaner.clean(jdbc);
        ImportReport report = imports.importBytes(FILE, published(), "test", ImportOptions.STRICT,
                ImportProgress.SILENT);
        assertThat(report.rejected()).as(report.summary()).isFalse();
        int[] neighbours = {892, 352, 380, 391, 353, 889, 373, 806, 852, 355};
        for (int rank = 1; rank <= neighbours.length; rank++) {
            jdbc.sql("""
                    insert into statistical_neighbour (la_code, rank, neighbour_la_code, closeness, import_id,
                        source_file)
                    values (330, :rank, :neighbour, 'Close', :batch, 'statistical_neighbours_may_2025.csv')""")
                    .param("rank", rank).param("neighbour", neighbours[rank - 1]).param("batch", report.importId())
                    .update();
        }
    }

    @Test
    void shouldShowBirminghamsKeyStage2ReadingWritingAndMathsIn2015To16AsRedAgainstEngland() {
        // KS2RWM_Expected_STD,...,2016,Birmingham,47,330 / 2016,England,54,970 / 2016,Nottingham,50,892 /
        // 2016,Manchester,52,352
        Scorecard.Row ks2 = row(scorecards.forCouncil(330, "Birmingham City Council", "2015-16"), "7");

        assertThat(ks2.value()).isEqualTo("47%");
        assertThat(ks2.england()).isEqualTo("54%");
        assertThat(ks2.judgement().target()).isEqualTo("the England average, 54%");
        assertThat(ks2.judgement().status()).isEqualTo(Status.RED);
        assertThat(ks2.judgement().explanation())
                .isEqualTo("Red: 47% against a target of the England average, 54%, in 2015-16.");
        assertThat(ks2.gap()).isEqualTo("7 percentage points below England");
        assertThat(ks2.rank().words()).isEqualTo("3rd of 3");
        assertThat(ks2.periodWords()).isEqualTo("2015-16");
    }

    @Test
    void shouldShowTheOtherFiguresSeed001ReportsFor2016() {
        Scorecard scorecard = scorecards.forCouncil(330, "Birmingham City Council", "2015-16");

        // FSP_NEW_GOODDEV 2016: Birmingham 63.7, England 69.3, Nottingham 63.5, Manchester 63.7 (a tie counts as level)
        Scorecard.Row gld = row(scorecard, "6");
        assertThat(gld.judgement().explanation())
                .isEqualTo("Red: 63.7% against a target of the England average, 69.3%, in 2015-16.");
        assertThat(gld.gap()).isEqualTo("5.6 percentage points below England");
        assertThat(gld.rank().words()).isEqualTo("1st of 3");
        // TotPerAbNew 2016: Birmingham 12.21, England 10.5, Nottingham 11.62, Manchester 10.74; lower is better
        Scorecard.Row absence = row(scorecard, "17");
        assertThat(absence.judgement().status()).isEqualTo(Status.RED);
        assertThat(absence.judgement().explanation())
                .isEqualTo("Red: 12.2% against a target of the England average, 10.5%, in 2015-16.");
        assertThat(absence.gap()).isEqualTo("1.7 percentage points above England");
        assertThat(absence.rank().words()).isEqualTo("3rd of 3");
        // An indicator entered by an officer has no value yet, and says so.
        assertThat(row(scorecard, "2").judgement().explanation()).isEqualTo("No status: this indicator is entered"
                + " by an officer, and no value is entered for the 2015-16 financial year yet.");
        assertThat(scorecard.rows()).hasSize(28);
    }

    @Test
    void shouldJudgeAFinancialYearTargetAndAReducingTrend() {
        Scorecard scorecard = scorecards.forCouncil(330, "Birmingham City Council", "2017-18");

        // 16-17 NEET,...,2018,Birmingham,2.2242241226178088,330: the 2017-18 financial year, against 3%
        assertThat(row(scorecard, "21").judgement().explanation()).isEqualTo("Green: 2.2% against a target of 3%"
                + " in the 2017-18 financial year: the target is met.");
        // PriPermEx,...,2016/17,Birmingham,8.2220000000000001E-2 and 2017/18,...,8.8359999999999994E-2: up
        assertThat(row(scorecard, "18").judgement().explanation()).isEqualTo("Red: 0.09% against a target of a"
                + " reducing trend over 2 years in 2017-18, up from 0.08% in 2016-17.");
    }

    @Test
    void shouldShowTheLatestYearWithAFigureWhenNoneIsAsked() {
        Scorecard scorecard = scorecards.forCouncil(330, "Birmingham City Council", null);

        // The cut's newest Birmingham figures are LAIT's "2025" (2024-25) and the 16-17 NEET "2025" (FY2024-25).
        assertThat(scorecard.year()).isEqualTo("2024-25");
        assertThat(scorecard.years()).contains("2015-16", "2024-25").doesNotHaveDuplicates();
    }

    @Test
    void shouldRenderTheScorecardForAnOfficerAndAPartnerWithoutScript() throws Exception {
        for (Role role : List.of(Role.OFFICER, Role.PARTNER)) {
            String page = mvc.perform(get("/scorecard").param("period", "2015-16")
                    .with(TestUsers.allocated("scorecard-" + role.name().toLowerCase(), role, List.of())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(page).contains("Directorate scorecard: Birmingham, 2015-16")
                    .contains("Red: 47% against a target of the England average, 54%, in 2015-16.")
                    .contains("govuk-tag--red").contains("<svg").contains("role=\"img\"")
                    .contains("aria-label=\"Trend, 2015-16: 47%.\"")
                    .contains("href=\"/scorecard/indicators/7\"").doesNotContain("lait.").doesNotContain(".csv");
        }
    }

    @Test
    void shouldRenderAnotherCouncilsScorecardByItsCode() throws Exception {
        // KS2RWM_Expected_STD,...,2016,Nottingham,50,892
        String page = mvc.perform(get("/scorecard").param("period", "2015-16").param("la", "892")
                .with(TestUsers.allocated("scorecard-officer", Role.OFFICER, List.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Directorate scorecard: Nottingham, 2015-16")
                .contains("Red: 50% against a target of the England average, 54%, in 2015-16.")
                .contains("/scorecard/indicators/7?la=892");
    }

    @Test
    void shouldRenderACouncilWithNoNeighboursOrNoFiguresWithoutFailing() throws Exception {
        // KS2RWM_Expected_STD,...,2016,Westminster,...,213: in the cut, with no statistical neighbours on record.
        String westminster = mvc.perform(get("/scorecard").param("period", "2015-16").param("la", "213")
                .with(TestUsers.allocated("scorecard-officer", Role.OFFICER, List.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(westminster).contains("Directorate scorecard: Westminster, 2015-16")
                .contains("No statistical neighbours are on record for this council");
        // No figure of council 999 is on record: every row says so, and none fails.
        String none = mvc.perform(get("/scorecard").param("period", "2015-16").param("la", "999")
                .with(TestUsers.allocated("scorecard-officer", Role.OFFICER, List.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("Directorate scorecard: Council 999, 2015-16")
                .contains("No status: no figure is on record for 2015-16.");
        mvc.perform(get("/scorecard").param("la", "not a council")
                .with(TestUsers.allocated("scorecard-officer", Role.OFFICER, List.of())))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldShowAnIndicatorsHistory() throws Exception {
        String page = mvc.perform(get("/scorecard/indicators/7")
                .with(TestUsers.allocated("scorecard-partner", Role.PARTNER, List.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // KS2RWM_Expected_STD Birmingham: 2016 47, 2017 57, 2019 62; England 2017 62
        assertThat(page).contains("Key Stage 2 reading, writing and maths at the expected standard")
                .contains("Red: 47% against a target of the England average, 54%, in 2015-16.")
                .contains("Red: 57% against a target of the England average, 62%, in 2016-17.")
                .contains("No status: the figure for 2019-20 is not available.");
        mvc.perform(get("/scorecard/indicators/no-such-indicator")
                .with(TestUsers.allocated("scorecard-officer", Role.OFFICER, List.of())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/scorecard").param("period", "last year")
                .with(TestUsers.allocated("scorecard-officer", Role.OFFICER, List.of())))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldKeepEachCatalogueVersionAndRefuseOneThatDoesNotRead() {
        CatalogueVersion first = catalogue.latest();
        assertThat(first.version()).isEqualTo(1);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalogue.save("indicators:\n  - code: \"7\"\n"
                + "    nme: Key Stage 2\n", "An officer", "A typo"))
                .isInstanceOfSatisfying(CatalogueRefusedException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> assertThat(problem.line()).isEqualTo(3)));
        CatalogueVersion second = catalogue.save(first.yaml().replace("value: 3, tolerance: 0.5",
                "value: 2.5, tolerance: 0.5"), "An officer", "The 2018-19 target agreed");

        assertThat(second.version()).isEqualTo(2);
        assertThat(catalogue.latest().reason()).isEqualTo("The 2018-19 target agreed");
        assertThat(jdbc.sql("select count(*) from indicator_catalogue_version").query(Long.class).single())
                .isEqualTo(2);
    }

    private static Scorecard.Row row(Scorecard scorecard, String code) {
        return scorecard.rows().stream().filter(r -> r.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private static byte[] published() {
        try (InputStream in = ScorecardTest.class.getResourceAsStream("/performance/lait/" + FILE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
