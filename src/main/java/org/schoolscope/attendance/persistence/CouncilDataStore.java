package org.schoolscope.attendance.persistence;

import java.util.List;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes pupil-level attendance: a council's academic year when its retention period ends, or the whole synthetic
 * council when it is regenerated. Meeting records are append-only; the removal sets the flag their trigger lets
 * through, inside the caller's transaction only.
 */
@Component
public class CouncilDataStore {

    private final JdbcClient jdbc;

    CouncilDataStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each council's academic years that hold pupil-level data, oldest first, as {@code la:year}. */
    public List<String> years() {
        return jdbc.sql("""
                select distinct s.la_code || ':' || e.academic_year as council_year
                from attendance_enrolment e join attendance_school s on s.urn = e.urn order by 1""")
                .query(String.class).list();
    }

    /** Removes one council's year of enrolments, marks and meeting records; returns the enrolments removed. */
    public int removeYear(int laCode, AcademicYear year) {
        String enrolments = "select e.id from attendance_enrolment e join attendance_school s on s.urn = e.urn "
                + "where s.la_code = :la and e.academic_year = :year";
        jdbc.sql("set local schoolscope.retention = 'on'").update();
        jdbc.sql("delete from attendance_meeting_action where enrolment_id in (" + enrolments + ")")
                .param("la", laCode).param("year", year.toString()).update();
        jdbc.sql("""
                delete from attendance_meeting_action where meeting_id in (select m.id from attendance_meeting m
                    join attendance_school s on s.urn = m.urn where s.la_code = :la and m.academic_year = :year)""")
                .param("la", laCode).param("year", year.toString()).update();
        jdbc.sql("""
                delete from attendance_meeting where academic_year = :year
                    and urn in (select urn from attendance_school where la_code = :la)""")
                .param("la", laCode).param("year", year.toString()).update();
        jdbc.sql("set local schoolscope.retention = 'off'").update();
        jdbc.sql("delete from attendance_mark_change where enrolment_id in (" + enrolments + ")")
                .param("la", laCode).param("year", year.toString()).update();
        jdbc.sql("delete from attendance_week where enrolment_id in (" + enrolments + ")").param("la", laCode)
                .param("year", year.toString()).update();
        List<java.time.LocalDate> weeks = jdbc.sql(
                "select week_start from attendance_council_week where la_code = :la and academic_year = :year")
                .param("la", laCode).param("year", year.toString()).query(java.time.LocalDate.class).list();
        if (!weeks.isEmpty()) {
            java.time.LocalDate first = weeks.stream().min(java.time.LocalDate::compareTo).orElseThrow();
            java.time.LocalDate last = weeks.stream().max(java.time.LocalDate::compareTo).orElseThrow().plusDays(6);
            jdbc.sql("""
                    delete from attendance_school_day where on_date between :first and :last
                        and urn in (select urn from attendance_school where la_code = :la)""")
                    .param("first", first).param("last", last).param("la", laCode).update();
            jdbc.sql("""
                    delete from attendance_school_week where week_start between :first and :last
                        and urn in (select urn from attendance_school where la_code = :la)""")
                    .param("first", first).param("last", last).param("la", laCode).update();
        }
        jdbc.sql("delete from attendance_council_week where la_code = :la and academic_year = :year")
                .param("la", laCode).param("year", year.toString()).update();
        return jdbc.sql("delete from attendance_enrolment where id in (" + enrolments + ")").param("la", laCode)
                .param("year", year.toString()).update();
    }

    /** Removes every year of the council, then its terms and schools. */
    public void removeCouncil(int laCode) {
        List<String> years = jdbc.sql("""
                select distinct e.academic_year from attendance_enrolment e join attendance_school s on s.urn = e.urn
                where s.la_code = :la""").param("la", laCode).query(String.class).list();
        for (String year : years) {
            removeYear(laCode, AcademicYear.parse(year));
        }
        jdbc.sql("set local schoolscope.retention = 'on'").update();
        jdbc.sql("""
                delete from attendance_meeting_action where meeting_id in (select m.id from attendance_meeting m
                    join attendance_school s on s.urn = m.urn where s.la_code = :la)""").param("la", laCode).update();
        jdbc.sql("delete from attendance_meeting where urn in (select urn from attendance_school where la_code = :la)")
                .param("la", laCode).update();
        jdbc.sql("set local schoolscope.retention = 'off'").update();
        jdbc.sql("delete from attendance_school_day where urn in (select urn from attendance_school where la_code = :la)")
                .param("la", laCode).update();
        jdbc.sql("delete from attendance_school_week where urn in (select urn from attendance_school where la_code = :la)")
                .param("la", laCode).update();
        jdbc.sql("delete from attendance_council_week where la_code = :la").param("la", laCode).update();
        jdbc.sql("delete from attendance_term where la_code = :la").param("la", laCode).update();
        jdbc.sql("delete from attendance_school where la_code = :la").param("la", laCode).update();
    }
}
