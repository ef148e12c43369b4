package org.schoolscope.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.attendance.domain.AttendanceCode;
import org.schoolscope.attendance.domain.SessionTotals;
import org.schoolscope.attendance.persistence.AnalysisQuery;
import org.schoolscope.attendance.persistence.AnalysisQuery.Dimension;
import org.schoolscope.attendance.synthetic.SyntheticCouncil;
import org.schoolscope.shared.Urn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figures as at any date, worked out in PostgreSQL from the weekly rows' running totals and masks, against the same
 * figures counted by hand from the generator's marks: every school's pupils, sessions, persistent and severe counts,
 * on a Wednesday (part of a week), at the end of a week and in a holiday.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
class AttendanceAnalysisTest {

    @Autowired
    AnalysisQuery analysis;

    @Autowired
    SyntheticCouncil council;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void syntheticCouncil() {
        SyntheticCouncilFixture.ensure(council, jdbc);
    }

    @Test
    void shouldGiveEverySchoolsFiguresOnAWednesdayAsCountedByHandFromTheMarks() {
        LocalDate wednesday = LocalDate.of(2025, 3, 12);
        AnalysisQuery.AsAt asAt = analysis.asAt(SyntheticCouncilFixture.LA, wednesday).orElseThrow();
        assertThat(asAt.day()).isEqualTo(wednesday);
        assertThat(asAt.monday()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertSchoolsMatch(asAt, wednesday);
    }

    @Test
    void shouldStandAtTheLastSchoolDayBeforeAHoliday() {
        AnalysisQuery.AsAt asAt = analysis.asAt(SyntheticCouncilFixture.LA, LocalDate.of(2025, 2, 19)).orElseThrow();
        assertThat(asAt.day()).isEqualTo(LocalDate.of(2025, 2, 14));
        assertSchoolsMatch(asAt, LocalDate.of(2025, 2, 14));
        assertThat(analysis.asAt(SyntheticCouncilFixture.LA, LocalDate.of(2026, 1, 1)).orElseThrow().day())
                .as("after the last marks, figures stand at the last school day").isEqualTo(LocalDate.of(2025, 7, 21));
    }

    @Test
    void shouldCountSessionsByCodeAsTheMarksDo() {
        LocalDate day = LocalDate.of(2024, 12, 20);
        Map<AttendanceCode, Long> expected = new HashMap<>();
        SyntheticCouncilFixture.pupils().forEach(pupil -> pupil.codesUpTo(day)
                .forEach((code, sessions) -> expected.merge(code, sessions, Long::sum)));
        assertThat(analysis.sessionsByCode(SyntheticCouncilFixture.LA, null, LocalDate.of(2024, 9, 1), day))
                .isEqualTo(expected);
    }

    @Test
    void shouldKeepEachWeeksYearToDateForTheTrend() {
        LocalDate friday = LocalDate.of(2024, 11, 29);
        long pupils = 0;
        long persistent = 0;
        long possible = 0;
        for (SyntheticCouncilFixture.Pupil pupil : SyntheticCouncilFixture.pupils()) {
            SessionTotals totals = pupil.upTo(friday);
            if (totals.possible() > 0) {
                pupils++;
                persistent += totals.persistentlyAbsent() ? 1 : 0;
                possible += totals.possible();
            }
        }
        AnalysisQuery.WeekFigures week = analysis.weeks(SyntheticCouncilFixture.LA, null, null,
                LocalDate.of(2024, 11, 25), LocalDate.of(2024, 11, 25)).get(0);
        assertThat(week.pupils()).isEqualTo(pupils);
        assertThat(week.persistent()).isEqualTo(persistent);
        assertThat(week.totals().possible()).isEqualTo(possible);
    }

    private void assertSchoolsMatch(AnalysisQuery.AsAt asAt, LocalDate day) {
        Map<Urn, long[]> expected = new HashMap<>();
        for (SyntheticCouncilFixture.Pupil pupil : SyntheticCouncilFixture.pupils()) {
            SessionTotals totals = pupil.upTo(day);
            if (totals.possible() == 0) {
                continue;
            }
            long[] school = expected.computeIfAbsent(pupil.urn(), urn -> new long[6]);
            school[0]++;
            school[1] += totals.persistentlyAbsent() ? 1 : 0;
            school[2] += totals.severelyAbsent() ? 1 : 0;
            school[3] += totals.possible();
            school[4] += totals.absent();
            school[5] += totals.unauthorised();
        }
        List<AnalysisQuery.Group> groups = analysis.groups(SyntheticCouncilFixture.LA, asAt);
        Map<Urn, long[]> actual = new HashMap<>();
        groups.stream().filter(group -> group.dimension() == Dimension.SCHOOL).forEach(group -> actual.put(
                Urn.parse(group.key()), new long[] {group.pupils(), group.persistent(), group.severe(),
                        group.totals().possible(), group.totals().absent(), group.totals().unauthorised()}));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((urn, figures) -> assertThat(actual.get(urn)).as("school %s", urn).containsExactly(figures));
        AnalysisQuery.Group all = groups.stream().filter(group -> group.dimension() == Dimension.COUNCIL)
                .findFirst().orElseThrow();
        assertThat(all.pupils()).isEqualTo(expected.values().stream().mapToLong(f -> f[0]).sum());
        assertThat(all.persistent()).isPositive();
        assertThat(groups.stream().filter(group -> group.dimension() == Dimension.DISTRICT)
                .mapToLong(AnalysisQuery.Group::pupils).sum()).isEqualTo(all.pupils());
        assertThat(groups.stream().filter(group -> group.dimension() == Dimension.YEAR_GROUP)
                .mapToLong(AnalysisQuery.Group::persistent).sum()).isEqualTo(all.persistent());
    }
}
