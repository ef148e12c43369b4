package org.schoolscope.attendance.persistence;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One week's cells as at the end of each of its five days (table {@code attendance_cell_day}): for each cell of the
 * council's year (a school's pupils of one year group with the same characteristics), the pupils with possible
 * sessions, their sessions, and how many were persistently (10% or more absent) and severely (50% or more) absent.
 * A pupil's sessions as at a day are their running totals before the week plus the week's sessions up to that
 * day's afternoon, exactly as a pupil's weekly row gives them; so every group's figures, summed from the cells, are
 * what summing the pupils' rows would give, read from about 25,000 rows for a city instead of 200,000.
 */
final class CellDays {

    static final int DAYS = 5;

    /** pupils, possible, absent, unauthorised, approved, persistent, severe. */
    private static final int FIGURES = 7;

    /**
     * A council year's cells worked out again from the pupils' weekly rows: after an import of pupils'
     * characteristics moves a pupil from one cell to another. The same sums as {@link #add}, in SQL.
     */
    static final String REBUILD_YEAR_SQL = """
            insert into attendance_cell_day (week_start, day, urn, year_group, free_school_meals, sen_provision,
                english_additional_language, child_in_care, pupils, possible, absent, unauthorised, approved,
                persistent, severe)
            select w.week_start, d.day, e.urn, e.year_group, e.free_school_meals, e.sen_provision,
                e.english_additional_language, e.child_in_care, count(*), sum(p.possible), sum(p.absent),
                sum(p.unauthorised), sum(p.approved), count(*) filter (where p.absent * 10 >= p.possible),
                count(*) filter (where p.absent * 2 >= p.possible)
            from attendance_council_week c
            join attendance_week w on w.week_start = c.week_start
            join attendance_enrolment e on e.id = w.enrolment_id and e.academic_year = c.academic_year
            join attendance_school s on s.urn = e.urn and s.la_code = c.la_code
            cross join generate_series(0, 4) as d (day)
            cross join lateral (select
                w.possible_before + bit_count((w.possible_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16))
                    as possible,
                w.absent_before + bit_count((w.absent_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16)) as absent,
                w.unauthorised_before + bit_count((w.unauthorised_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16))
                    as unauthorised,
                w.approved_before + bit_count((w.approved_mask & ((1 << (2 * d.day + 2)) - 1))::bit(16))
                    as approved) p
            where c.la_code = :la and c.academic_year = :year and p.possible > 0
            group by w.week_start, d.day, e.urn, e.year_group, e.free_school_meals, e.sen_provision,
                e.english_additional_language, e.child_in_care
            order by w.week_start, d.day, e.urn""";

    private final EnrolmentIndex index;
    private final long[] sums;

    CellDays(EnrolmentIndex index) {
        this.index = index;
        this.sums = new long[index.cells().size() * DAYS * FIGURES];
    }

    /** The day (0 Monday to 4 Friday) whose afternoon the sessions of a week's mask end with. */
    static int dayOf(int sessionsUpTo) {
        int day = Integer.bitCount(sessionsUpTo) / 2 - 1;
        if (sessionsUpTo != (1 << (2 * day + 2)) - 1 || day < 0 || day >= DAYS) {
            throw new IllegalArgumentException("Not a whole number of days from Monday: " + sessionsUpTo);
        }
        return day;
    }

    /** Counts one enrolment's week row: its totals before the week and the week's marks. */
    void add(int enrolment, int possibleBefore, int absentBefore, int unauthorisedBefore, int approvedBefore,
            byte[] marks) {
        int offset = enrolment * WeekMarks.SLOTS;
        int possibleMask = WeekMarks.possibleMask(marks, offset);
        int absentMask = WeekMarks.absentMask(marks, offset);
        int unauthorisedMask = WeekMarks.unauthorisedMask(marks, offset);
        int approvedMask = WeekMarks.approvedMask(marks, offset);
        int cell = index.cell(enrolment);
        for (int day = 0; day < DAYS; day++) {
            int upTo = (1 << (2 * day + 2)) - 1;
            long possible = possibleBefore + Integer.bitCount(possibleMask & upTo);
            if (possible <= 0) {
                continue;
            }
            long absent = absentBefore + Integer.bitCount(absentMask & upTo);
            int at = (cell * DAYS + day) * FIGURES;
            sums[at]++;
            sums[at + 1] += possible;
            sums[at + 2] += absent;
            sums[at + 3] += unauthorisedBefore + Integer.bitCount(unauthorisedMask & upTo);
            sums[at + 4] += approvedBefore + Integer.bitCount(approvedMask & upTo);
            sums[at + 5] += absent * 10 >= possible ? 1 : 0;
            sums[at + 6] += absent * 2 >= possible ? 1 : 0;
        }
    }

    /** Replaces the week's cells of the council's schools with those counted. */
    void write(JdbcClient jdbc, DataSource dataSource, LocalDate monday) {
        jdbc.sql("""
                delete from attendance_cell_day where week_start = :monday
                    and urn in (select urn from attendance_school where la_code = :la)""")
                .param("monday", monday).param("la", index.laCode()).update();
        var cells = index.cells();
        String week = monday.toString();
        try (CopyWriter copy = new CopyWriter(dataSource, "attendance_cell_day (week_start, day, urn, year_group, "
                + "free_school_meals, sen_provision, english_additional_language, child_in_care, pupils, possible, "
                + "absent, unauthorised, approved, persistent, severe)")) {
            for (int day = 0; day < DAYS; day++) {
                for (int cell = 0; cell < cells.size(); cell++) {
                    int at = (cell * DAYS + day) * FIGURES;
                    if (sums[at] == 0) {
                        continue;
                    }
                    EnrolmentIndex.Cell of = cells.get(cell);
                    StringBuilder row = copy.row().append(week).append(',').append(day).append(',')
                            .append(of.urn()).append(",\"").append(of.yearGroup().replace("\"", "\"\""))
                            .append("\",").append(nullable(of.freeSchoolMeals())).append(',')
                            .append(of.senProvision() == null ? "" : of.senProvision()).append(',')
                            .append(nullable(of.englishAdditionalLanguage())).append(',')
                            .append(nullable(of.childInCare()));
                    for (int figure = 0; figure < FIGURES; figure++) {
                        row.append(',').append(sums[at + figure]);
                    }
                    copy.endRow();
                }
            }
        }
    }

    /** Works a council year's cells out again from its pupils' weekly rows. */
    static void rebuildYear(JdbcClient jdbc, int laCode, AcademicYear year) {
        jdbc.sql("""
                delete from attendance_cell_day d using attendance_council_week c, attendance_school s
                where c.la_code = :la and c.academic_year = :year and d.week_start = c.week_start
                    and s.urn = d.urn and s.la_code = c.la_code""")
                .param("la", laCode).param("year", year.toString()).update();
        jdbc.sql(REBUILD_YEAR_SQL).param("la", laCode).param("year", year.toString()).update();
    }

    private static String nullable(Boolean value) {
        return value == null ? "" : value.toString();
    }
}
