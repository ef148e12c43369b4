package org.schoolscope.attendance.persistence;

import java.util.List;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes pupil-level attendance: a council's academic year when its retention period ends, or the whole synthetic
 * council when it is regenerated. Meeting records are append-only and the service's database role may not delete
 * them: a year's meetings go through the schema owner's {@code remove_expired_records}, which removes only those whose
 * period, as declared in the database, has ended, and audits each; the synthetic council's through
 * {@code remove_synthetic_attendance_meetings}, which reaches no real council's.
 */
@Component
public class CouncilDataStore {

    /** The record type the database's retention policy for targeting meetings is declared under. */
    public static final String MEETING_RECORD_TYPE = "attendance-meeting";

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

    /**
     * Removes one council's year of meeting records, enrolments and marks; returns the enrolments removed. Refused
     * whole if the database still keeps any of the year's meetings (its declared period is longer than the one the
     * caller counted).
     */
    public int removeYear(int laCode, AcademicYear year, String removedBy) {
        List<Long> meetings = jdbc.sql("""
                select m.id from attendance_meeting m join attendance_school s on s.urn = m.urn
                where s.la_code = :la and m.academic_year = :year order by m.id""").param("la", laCode)
                .param("year", year.toString()).query(Long.class).list();
        if (!meetings.isEmpty()) {
            List<Long> removed = jdbc.sql("select remove_expired_records(:type, :ids, :by)")
                    .param("type", MEETING_RECORD_TYPE).param("ids", meetings.toArray(Long[]::new))
                    .param("by", removedBy).query(Long.class).list();
            if (removed.size() != meetings.size()) {
                throw new IllegalStateException("The database keeps the targeting meetings of council " + laCode
                        + " for " + year + " for longer than schoolscope.attendance.retention-years: change the "
                        + "period in the database's retention_policy (" + MEETING_RECORD_TYPE + ") to match");
            }
        }
        return removePupils(laCode, year);
    }

    /** Removes one council's year of enrolments and marks, once no meeting action refers to them. */
    private int removePupils(int laCode, AcademicYear year) {
        String enrolments = "select e.id from attendance_enrolment e join attendance_school s on s.urn = e.urn "
                + "where s.la_code = :la and e.academic_year = :year";
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

    /** Removes the synthetic council: its meetings, every year of its pupils, then its terms and schools. */
    public void removeSyntheticCouncil(String removedBy) {
        jdbc.sql("select remove_synthetic_attendance_meetings(:by)").param("by", removedBy).query(Long.class)
                .single();
        for (Integer laCode : jdbc.sql("select distinct la_code from attendance_school where synthetic")
                .query(Integer.class).list()) {
            removeCouncilPupilsAndSchools(laCode);
        }
    }

    private void removeCouncilPupilsAndSchools(int laCode) {
        List<String> years = jdbc.sql("""
                select distinct e.academic_year from attendance_enrolment e join attendance_school s on s.urn = e.urn
                where s.la_code = :la""").param("la", laCode).query(String.class).list();
        for (String year : years) {
            removePupils(laCode, AcademicYear.parse(year));
        }
        jdbc.sql("delete from attendance_school_day where urn in (select urn from attendance_school where la_code = :la)")
                .param("la", laCode).update();
        jdbc.sql("delete from attendance_school_week where urn in (select urn from attendance_school where la_code = :la)")
                .param("la", laCode).update();
        jdbc.sql("delete from attendance_council_week where la_code = :la").param("la", laCode).update();
        jdbc.sql("delete from attendance_term where la_code = :la").param("la", laCode).update();
        jdbc.sql("delete from attendance_school where la_code = :la").param("la", laCode).update();
    }
}
