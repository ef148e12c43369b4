package org.schoolscope.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.schoolscope.correspondence.persistence.CorrespondenceQueries;
import org.schoolscope.shared.LaCode;
import org.schoolscope.testing.SampleFiles;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The monthly report on Birmingham's published files: each month counts the schools the council maintained at the
 * month's end, so June 2018 and August 2023 differ as the files do. The expected schools are worked out here from
 * the files themselves, by the types GIAS and Ofsted publish and GIAS's links, never from the register's own answer.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class MonthlyReportOnTheSampleTest {

    private static final LaCode BIRMINGHAM = new LaCode(330);
    private static final String OFSTED_2023 = "ofsted_state_funded_schools_inspections_outcomes_as_at_31_Aug_2023_birmingham.csv";
    private static final String SPINE_2018 = "england_spine_2017-2018_la330_birmingham.csv";
    private static final String LINKS_2025 = "links_edubasealldata20250422_birmingham_related.csv";

    /** Ofsted's names for the types of school a council maintains. */
    private static final Set<String> MAINTAINED_IN_OFSTEDS_FILE = Set.of("Community School", "Voluntary Aided School",
            "Voluntary Controlled School", "Foundation School", "Community Special School",
            "Foundation Special School", "LA Nursery School", "Pupil Referral Unit");

    /** The spine's names for the same (it lists no nursery school or pupil referral unit). */
    private static final Set<String> MAINTAINED_IN_THE_SPINE = Set.of("Community school", "Voluntary aided school",
            "Voluntary controlled school", "Foundation school", "Community special school",
            "Foundation special school");

    @Autowired
    MonthlyReports reports;

    @Autowired
    CorrespondenceQueries queries;

    @Test
    void shouldCountAugust2023sMaintainedSchoolsAndTheirGoodOrBetterAsOfstedsFileOfThatDayLessThoseSucceeded() {
        LocalDate endOfAugust = LocalDate.of(2023, 8, 31);
        List<List<String>> ofsted = SampleFiles.records(OFSTED_2023, Charset.forName("windows-1252"));
        int type = ofsted.get(0).indexOf("Type of education");
        int grade = ofsted.get(0).indexOf("Overall effectiveness");
        // Ofsted's file still lists Hollywood Primary (103314) under its old URN, though GIAS's links say its
        // successor took over on 31 March 2023: the council no longer maintained it at the end of August.
        Set<String> succeeded = successorsTookOverBy(endOfAugust);
        List<List<String>> maintained = ofsted.subList(1, ofsted.size()).stream()
                .filter(row -> MAINTAINED_IN_OFSTEDS_FILE.contains(row.get(type)))
                .filter(row -> !succeeded.contains(row.get(1))).toList();
        long goodOrBetter = maintained.stream().filter(row -> row.get(grade).equals("1") || row.get(grade).equals("2"))
                .count();
        assertThat(maintained).hasSize(213);

        MonthlyReport august = reports.report(BIRMINGHAM, YearMonth.of(2023, 8), TestUsers.officer("test"));

        assertThat(august.goodOrBetter().maintainedSchools()).isEqualTo(maintained.size());
        assertThat(august.goodOrBetter().goodOrBetter()).isEqualTo((int) goodOrBetter);
    }

    @Test
    void shouldCountEverySchoolTheSpineMaintainedAtTheEndOfJune2018AndDifferFromAugust2023() {
        LocalDate endOfJune = LocalDate.of(2018, 6, 30);
        List<List<String>> spine = SampleFiles.records(SPINE_2018, StandardCharsets.UTF_8);
        int type = spine.get(0).indexOf("NFTYPE");
        int closed = spine.get(0).indexOf("CLOSEDATE");
        Set<String> succeeded = successorsTookOverBy(endOfJune);
        Set<Integer> maintainedBySpine = new HashSet<>();
        spine.subList(1, spine.size()).stream().filter(row -> MAINTAINED_IN_THE_SPINE.contains(row.get(type)))
                .filter(row -> row.get(closed).isBlank() || LocalDate.parse(row.get(closed)).isAfter(endOfJune))
                .filter(row -> !succeeded.contains(row.get(0))).forEach(row -> maintainedBySpine.add(
                        Integer.parseInt(row.get(0))));
        assertThat(maintainedBySpine).hasSize(228);

        Set<Integer> counted = new HashSet<>();
        queries.maintainedSchools(BIRMINGHAM, endOfJune, TestUsers.officer("test"))
                .forEach(school -> counted.add(school.urn().value()));
        MonthlyReport june = reports.report(BIRMINGHAM, YearMonth.of(2018, 6), TestUsers.officer("test"));
        MonthlyReport august = reports.report(BIRMINGHAM, YearMonth.of(2023, 8), TestUsers.officer("test"));

        assertThat(counted).containsAll(maintainedBySpine);
        assertThat(june.goodOrBetter().maintainedSchools()).isEqualTo(counted.size());
        assertThat(june.goodOrBetter().maintainedSchools()).isNotEqualTo(august.goodOrBetter().maintainedSchools());
    }

    /** Schools GIAS's links say a successor took over on or before the day. */
    private static Set<String> successorsTookOverBy(LocalDate day) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        Set<String> succeeded = new HashSet<>();
        List<List<String>> links = SampleFiles.records(LINKS_2025, StandardCharsets.UTF_8);
        links.subList(1, links.size()).stream().filter(row -> row.get(3).equals("Successor"))
                .filter(row -> !row.get(4).isBlank() && !LocalDate.parse(row.get(4), format).isAfter(day))
                .forEach(row -> succeeded.add(row.get(0).trim()));
        return succeeded;
    }
}
