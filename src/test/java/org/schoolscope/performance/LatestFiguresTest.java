package org.schoolscope.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.AsAt;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one definition of the latest figure and of a school's benchmarks, over figures written here by hand (the
 * values are Birmingham's and its neighbours' LAIT values for persistent absence in primary schools, 2018-19).
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other tests with the same properties
class LatestFiguresTest {

    private static final Urn SCHOOL = new Urn(103157);
    private static final String PERSISTENT = "absence.persistent_share";
    private static final String PRIMARY = "State-funded primary";

    @Autowired
    Figures figures;

    @Autowired
    JdbcClient jdbc;

    private long batch;

    @BeforeEach
    void figures() {
        DatabaseCleaner.clean(jdbc);
        batch = jdbc.sql("""
                insert into import_batch (file_name, file_kind, content_sha256, imported_at, imported_by, rows_read,
                    rows_added, rows_changed, rows_unchanged, rows_skipped)
                values ('hand-written.csv', 'test', 'x', now(), 'test', 0, 0, 0, 0, 0) returning id""")
                .query(Long.class).single();
        jdbc.sql("""
                insert into measure (code, label, unit, higher_is_better, topic) values
                ('absence.persistent_share', 'Persistently absent', 'PERCENT', false, 'Attendance'),
                ('ks4.progress8', 'Progress 8', 'SCORE', true, 'Key stage 4'),
                ('census.pupils_on_roll', 'Pupils on roll', 'COUNT', null, 'Pupils')""").update();
        jdbc.sql("""
                insert into benchmark_area (code, name, kind, region_code, import_id) values
                (330, 'Birmingham', 'LOCAL_AUTHORITY', 984, :b), (892, 'Nottingham', 'LOCAL_AUTHORITY', 982, :b),
                (352, 'Manchester', 'LOCAL_AUTHORITY', 985, :b), (380, 'Bradford', 'LOCAL_AUTHORITY', 983, :b),
                (984, 'West Midlands', 'REGION', null, :b), (970, 'England', 'ENGLAND', null, :b)""")
                .param("b", batch).update();
        jdbc.sql("""
                insert into statistical_neighbour (la_code, rank, neighbour_la_code, closeness, import_id, source_file)
                values (330, 1, 892, 'Very close', :b, 'statistical_neighbours_may_2025.csv'),
                       (330, 2, 352, 'Very close', :b, 'statistical_neighbours_may_2025.csv'),
                       (330, 3, 380, 'Very close', :b, 'statistical_neighbours_may_2025.csv')""")
                .param("b", batch).update();
        school(PERSISTENT, "2018-19", "FINAL", "9.1", null);
        school(PERSISTENT, "2017-18", "FINAL", "12.4", null);
        school("ks4.progress8", "2018-19", "PROVISIONAL", "-0.40", null);
        school("ks4.progress8", "2018-19", "FINAL", "-0.52", null);
        area("LOCAL_AUTHORITY", 330, PRIMARY, PERSISTENT, "10.13");
        area("LOCAL_AUTHORITY", 892, PRIMARY, PERSISTENT, "10.5");
        area("LOCAL_AUTHORITY", 352, PRIMARY, PERSISTENT, "9.9");
        area("REGION", 984, PRIMARY, PERSISTENT, "8.55");
        area("ENGLAND", null, PRIMARY, PERSISTENT, "8.25");
        area("LOCAL_AUTHORITY", 892, "", PERSISTENT, "99");
    }

    @Test
    void shouldTakeTheLatestYearAndWithinItTheMostSettledStage() {
        Map<String, Figure> latest = figures.latestForSchools(List.of(SCHOOL), List.of(), AsAt.on(LocalDate.of(2020,
                1, 1))).get(SCHOOL);

        assertThat(latest.get(PERSISTENT).rawValue()).isEqualTo("9.1");
        assertThat(latest.get("ks4.progress8").rawValue()).isEqualTo("-0.52");
        assertThat(latest.get("ks4.progress8").releaseStage()).isEqualTo("FINAL");
    }

    @Test
    void shouldCountAYearsFiguresOnlyOnceTheYearHasEnded() {
        assertThat(figures.latestForSchools(List.of(SCHOOL), List.of(PERSISTENT), AsAt.on(LocalDate.of(2019, 8, 31)))
                .get(SCHOOL).get(PERSISTENT).rawValue()).isEqualTo("12.4");
        assertThat(figures.latestForSchools(List.of(SCHOOL), List.of(PERSISTENT), AsAt.on(LocalDate.of(2018, 8, 31))))
                .isEmpty();
        assertThat(figures.latestForSchools(List.of(SCHOOL), List.of(PERSISTENT),
                AsAt.of(LocalDate.of(2020, 1, 1), List.of(batch + 1)))).isEmpty();
    }

    @Test
    void shouldSetASchoolsFigureBesideItsCouncilRegionEnglandNeighboursAndCoreCities() {
        BenchmarkedFigure persistent = figures.benchmarked(SCHOOL, 330, List.of(PRIMARY, ""),
                AsAt.on(LocalDate.of(2020, 1, 1))).stream()
                .filter(b -> b.school().measure().code().equals(PERSISTENT)).findFirst().orElseThrow();

        assertThat(persistent.localAuthority()).map(Figure::rawValue).contains("10.13");
        assertThat(persistent.region()).map(Figure::rawValue).contains("8.55");
        assertThat(persistent.england()).map(Figure::rawValue).contains("8.25");
        Figure neighbours = persistent.statisticalNeighbours().orElseThrow();
        assertThat(neighbours.value()).isEqualByComparingTo(new BigDecimal("10.20"));
        assertThat(neighbours.computed().members()).containsExactly("Nottingham", "Manchester");
        assertThat(neighbours.computed().membersWithoutValue()).containsExactly("Bradford");
        assertThat(neighbours.computed().method()).contains("statistical neighbours")
                .contains("statistical_neighbours_may_2025.csv");
        Figure cities = persistent.coreCities().orElseThrow();
        assertThat(cities.computed().members()).containsExactly("Manchester", "Nottingham");
        assertThat(cities.value()).isEqualByComparingTo(new BigDecimal("10.20"));
    }

    @Test
    void shouldComputeTheCouncilsFigureFromItsSchoolsWhereNoneIsPublishedSayingHow() {
        jdbc.sql("delete from figure where scope = 'LOCAL_AUTHORITY' and la_code = 330").update();
        jdbc.sql("update figure set la_code = 330 where scope = 'SCHOOL'").update();
        insert("SCHOOL", 103158, 330, "", PERSISTENT, "2018-19", "FINAL", "12.1");
        insert("SCHOOL", 103157, 330, "", "census.pupils_on_roll", "2018-19", "FINAL", "300");
        insert("SCHOOL", 103158, 330, "", "census.pupils_on_roll", "2018-19", "FINAL", "100");

        Figure council = figures.benchmarked(SCHOOL, 330, List.of(PRIMARY, ""), AsAt.on(LocalDate.of(2020, 1, 1)))
                .stream().filter(b -> b.school().measure().code().equals(PERSISTENT)).findFirst().orElseThrow()
                .localAuthority().orElseThrow();

        // (9.1 x 300 + 12.1 x 100) / 400 = 9.85
        assertThat(council.value()).isEqualByComparingTo(new BigDecimal("9.85"));
        assertThat(council.computed().method()).contains("mean of the 2 Birmingham schools' values")
                .contains("weighted by pupils on roll");
    }

    private void school(String measure, String year, String stage, String value, Integer la) {
        insert("SCHOOL", SCHOOL.value(), la, "", measure, year, stage, value);
    }

    private void area(String scope, Integer code, String breakdown, String measure, String value) {
        insert(scope, null, code, breakdown, measure, "2018-19", "FINAL", value);
    }

    private void insert(String scope, Integer urn, Integer la, String breakdown, String measure, String year,
            String stage, String value) {
        jdbc.sql("""
                insert into figure (scope, urn, la_code, breakdown, measure_code, academic_year, release_stage, value,
                    raw_value, import_id, source_file)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as numeric), ?, ?, 'hand-written.csv')""")
                .params(scope, urn, la, breakdown, measure, year, stage, value, value, batch).update();
    }
}
