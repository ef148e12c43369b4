package org.schoolscope.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.ingest.ImportOptions;
import org.schoolscope.ingest.ImportProgress;
import org.schoolscope.ingest.ImportReport;
import org.schoolscope.ingest.ImportService;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's headline outcomes over a cut of DfE's LAIT file ({@code lait_headline_cut.csv.gz}: the header and
 * every row of the twelve headline measures for Birmingham 330, England 970, Nottingham 892, Manchester 352, Bradford
 * 380 and Leeds 383, verbatim from {@code la-level/lait_bds_long.csv.gz}). Every expected value is written here by
 * hand from the published lines, which are quoted; the averages are worked out by hand from them. Birmingham's
 * statistical neighbours are DfE's May 2025 list ({@code statistical_neighbours_may_2025.csv}: 892, 352, 380, 391,
 * 353, 889, 373, 806, 852, 355), written here by hand; the cut holds Nottingham, Manchester and Bradford among them.
 * The other core cities in the cut are Leeds, Manchester and Nottingham.
 *
 * <p>As at 1 September 2023 the latest academic year counted is 2022-23 (LAIT's "2023"), and the latest financial year
 * 2022-23 (LAIT's NEET "2023", which ended on 31 March 2023).
 */
@SpringBootTest
@AutoConfigureMockMvc
class HeadlineOutcomesTest {

    private static final String FILE = "lait_headline_cut.csv.gz";
    private static final LocalDate AS_AT = LocalDate.of(2023, 9, 1);

    @Autowired
    ImportService imports;

    @Autowired
    HeadlineOutcomes outcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void birminghamItsNeighboursAndTheCoreCities() {
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
    void shouldGiveKeyStage2ReadingWritingAndMathsBesideEnglandNeighboursAndCoreCitiesAsPublished() {
        // KS2RWM_Expected_STD,,2023,Birmingham,59,330 / England,60,970 / Nottingham,58,892 / Manchester,54,352 /
        // Bradford,57,380 / Leeds,58,383
        HeadlineOutcome ks2 = outcomes.one(HeadlineMeasure.KS2_EXPECTED, new LaCode(330), AS_AT);

        OutcomeYear latest = ks2.latest();
        assertThat(latest.period()).isEqualTo("2022-23");
        assertThat(latest.council()).isEqualByComparingTo("59");
        assertThat(latest.england()).isEqualByComparingTo("60");
        // neighbours (58 + 54 + 57) / 3 = 56.33; the other core cities (58 + 54 + 58) / 3 = 56.67
        assertThat(latest.neighbours()).isEqualByComparingTo("56.33");
        assertThat(latest.coreCities()).isEqualByComparingTo("56.67");
        assertThat(ks2.againstEngland()).isEqualTo("Worse than England: 1 percentage point below");
        assertThat(latest.neighboursWorkedOut()).startsWith("Mean of the published values of Birmingham's statistical"
                + " neighbours").contains("Nottingham, Manchester, Bradford").contains("no value for");
        assertThat(latest.coreCitiesWorkedOut()).contains("Leeds", "Manchester", "Nottingham");
        // KS2RWM_Expected_STD,,2024,Birmingham,61,330 is 2023-24, which had not ended on the day.
        assertThat(ks2.years()).extracting(OutcomeYear::period).doesNotContain("2023-24").contains("2015-16");
        // "-" in 2019-20 and 2020-21 (no tests in the pandemic) is not available, never zero.
        assertThat(ks2.years()).filteredOn(year -> year.period().equals("2019-20"))
                .singleElement().extracting(OutcomeYear::council).isNull();
    }

    @Test
    void shouldWordTheComparisonWithEnglandByWhetherHigherOrLowerIsBetter() {
        List<HeadlineOutcome> all = outcomes.forCouncil(new LaCode(330), AS_AT);

        // TotPerAbNew,,2023,Birmingham,25.53,330 / England,21.22,970: lower is better
        HeadlineOutcome absence = outcome(all, HeadlineMeasure.PERSISTENT_ABSENCE);
        assertThat(absence.againstEngland()).isEqualTo("Worse than England: 4.3 percentage points above");
        // Nottingham 24.29, Manchester 22.17, Bradford 27.78: 24.7467; Leeds 21.78, Manchester, Nottingham: 22.7467
        assertThat(absence.measure().format(absence.latest().neighbours())).isEqualTo("24.7%");
        assertThat(absence.measure().format(absence.latest().coreCities())).isEqualTo("22.7%");
        // AVG_Prog8_Score,,2023,Birmingham,0.03,330 / England,-0.03,970: higher is better
        assertThat(outcome(all, HeadlineMeasure.PROGRESS_8).againstEngland())
                .isEqualTo("Better than England: 0.06 points above");
        // 16-17 NEET,,2023,Birmingham,2.6,330 / England,2.8,970: the 2022-23 financial year, lower is better
        HeadlineOutcome neet = outcome(all, HeadlineMeasure.NEET);
        assertThat(neet.latest().label()).isEqualTo("2022-23 financial year");
        assertThat(neet.againstEngland()).isEqualTo("Better than England: 0.2 percentage points below");
        assertThat(all).hasSize(HeadlineMeasure.values().length);
    }

    @Test
    void shouldShowEveryRoleTheOutcomesOnTheDashboardWithALinkToEachTrend() throws Exception {
        for (Role role : List.of(Role.OFFICER, Role.PARTNER, Role.BOARD)) {
            String page = mvc.perform(get("/dashboard").param("asAt", "2023-09-01")
                    .with(TestUsers.allocated("outcomes-" + role.name().toLowerCase(), role,
                            List.of(new Urn(103120)))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(page).contains("How the council&#39;s outcomes compare");
            assertThat(cells(row(page, "id=\"outcome-ks2-reading-writing-maths\""))).as(role.name())
                    .containsExactly("Key stage 2: reading, writing and maths at the expected standard", "2022-23",
                            "59%", "60%", "56%", "57%", "Worse than England: 1 percentage point below");
            assertThat(page).contains("/dashboard/outcomes/ks2-reading-writing-maths?asAt=2023-09-01");
        }
    }

    @Test
    void shouldDrawOneLinePerSeriesWithTheNumbersOfItsTable() throws Exception {
        String page = mvc.perform(get("/dashboard/outcomes/ks2-reading-writing-maths").param("asAt", "2023-09-01")
                .with(TestUsers.allocated("outcomes-officer", Role.OFFICER, List.of())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        assertThat(count(svg, "class=\"app-chart__line\"")).isEqualTo(4);
        assertThat(svg).contains("data-series=\"council\"", "data-series=\"england\"", "data-series=\"neighbours\"",
                "data-series=\"core-cities\"");
        assertThat(svg).contains("<title id=\"outcome-chart-title\"", "<desc id=\"outcome-chart-desc\"");
        // Each line is named at its end, not told by colour alone.
        assertThat(svg).contains(">Birmingham City Council</text>", ">England</text>", ">Neighbours (average)</text>",
                ">Core cities (average)</text>");
        // The chart's points and the table behind the details toggle give the same numbers for 2022-23.
        assertThat(svg).contains("Birmingham City Council, 2022-23: 59%", "England, 2022-23: 60%",
                "Neighbours (average), 2022-23: 56%", "Core cities (average), 2022-23: 57%");
        String table = page.substring(page.indexOf("<details"), page.indexOf("</details>"));
        assertThat(cells(row(table, "<th scope=\"row\" class=\"govuk-table__header app-nowrap\">2022-23</th>")))
                .containsExactly("2022-23", "59%", "60%", "56%", "57%");
        // KS2RWM_Expected_STD 2016: Birmingham 47, England 54 (seed 001's figures for 2015-16)
        assertThat(cells(row(table, "<th scope=\"row\" class=\"govuk-table__header app-nowrap\">2015-16</th>")))
                .startsWith("2015-16", "47%", "54%");
        assertThat(page).contains("In 2022-23: 59%, against England&#39;s 60%.");
    }

    @Test
    void shouldRefuseAnOutcomeItDoesNotKnow() throws Exception {
        mvc.perform(get("/dashboard/outcomes/no-such-outcome")
                .with(TestUsers.allocated("outcomes-officer", Role.OFFICER, List.of())))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldGiveTheOutcomesInTheApiForEveryYear() throws Exception {
        mvc.perform(get("/api/v1/dashboard").param("asAt", "2023-09-01")
                .with(TestUsers.allocated("outcomes-partner", Role.PARTNER, List.of(new Urn(103120)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headlineOutcomes[1].measure").value("ks2-reading-writing-maths"))
                .andExpect(jsonPath("$.headlineOutcomes[1].latestPeriod").value("2022-23"))
                .andExpect(jsonPath("$.headlineOutcomes[1].years[0].period").value("2015-16"))
                .andExpect(jsonPath("$.headlineOutcomes[1].years[0].council").value(47))
                .andExpect(jsonPath("$.headlineOutcomes[1].years[0].england").value(54))
                .andExpect(jsonPath("$.headlineOutcomes[1].againstEngland")
                        .value("Worse than England: 1 percentage point below"));
    }

    private static HeadlineOutcome outcome(List<HeadlineOutcome> all, HeadlineMeasure measure) {
        return all.stream().filter(outcome -> outcome.measure() == measure).findFirst().orElseThrow();
    }

    /** The table row that holds the marker, from its start to its end. */
    private static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        int start = html.lastIndexOf("<tr", at);
        return html.substring(start, html.indexOf("</tr>", at));
    }

    /** The text of each header and data cell of a row, links and spaces left out. */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return cells;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static byte[] published() {
        try (InputStream in = HeadlineOutcomesTest.class.getResourceAsStream("/dashboard/" + FILE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
