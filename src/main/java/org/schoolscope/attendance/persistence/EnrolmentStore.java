package org.schoolscope.attendance.persistence;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.schoolscope.attendance.domain.PupilCharacteristics;
import org.schoolscope.shared.AcademicYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Pupils' enrolments at schools, each year, with their characteristics. */
@Component
public class EnrolmentStore {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    EnrolmentStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A pupil's enrolment to store: key, school, and what the companion file says. */
    public record NewEnrolment(byte[] pupilKey, int urn, PupilCharacteristics characteristics) {
    }

    /** Every enrolment of the council's year, numbered for the marks. */
    public EnrolmentIndex index(int laCode, AcademicYear year) {
        List<int[]> rows = new ArrayList<>();
        List<byte[]> keys = new ArrayList<>();
        jdbc.sql("""
                select e.id, e.urn, e.pupil_key from attendance_enrolment e join attendance_school s on s.urn = e.urn
                where s.la_code = :la and e.academic_year = :year order by e.id""")
                .param("la", laCode).param("year", year.toString()).query(row -> {
                    rows.add(new int[] {row.getInt("id"), row.getInt("urn")});
                    keys.add(row.getBytes("pupil_key"));
                });
        int[] ids = rows.stream().mapToInt(row -> row[0]).toArray();
        int[] urns = rows.stream().mapToInt(row -> row[1]).toArray();
        return new EnrolmentIndex(laCode, year, ids, urns, keys.toArray(byte[][]::new));
    }

    /**
     * Adds enrolments the store does not have and updates the characteristics of those it has (a later census
     * changes them); returns how many were added.
     */
    public int save(AcademicYear year, List<NewEnrolment> enrolments, Long importId) {
        jdbc.sql("""
                create temporary table attendance_enrolment_stage (pupil_key bytea, urn integer, year_group text,
                    free_school_meals boolean, sen_provision text, english_additional_language boolean,
                    child_in_care boolean) on commit drop""").update();
        try (CopyWriter copy = new CopyWriter(dataSource, "attendance_enrolment_stage")) {
            for (NewEnrolment enrolment : enrolments) {
                PupilCharacteristics pupil = enrolment.characteristics();
                StringBuilder row = copy.row();
                CopyWriter.hex(row, enrolment.pupilKey(), 0, enrolment.pupilKey().length);
                row.append(',').append(enrolment.urn()).append(",\"").append(pupil.yearGroup().replace("\"", "\"\""))
                        .append("\",").append(nullable(pupil.freeSchoolMeals())).append(',')
                        .append(pupil.senProvision() == null ? "" : pupil.senProvision().name()).append(',')
                        .append(nullable(pupil.englishAdditionalLanguage())).append(',')
                        .append(nullable(pupil.childInCare()));
                copy.endRow();
            }
        }
        int before = jdbc.sql("select count(*) from attendance_enrolment where academic_year = :year")
                .param("year", year.toString()).query(Integer.class).single();
        jdbc.sql("""
                insert into attendance_enrolment (urn, academic_year, pupil_key, year_group, free_school_meals,
                    sen_provision, english_additional_language, child_in_care, import_id)
                select urn, cast(:year as text), pupil_key, year_group, free_school_meals, sen_provision,
                    english_additional_language, child_in_care, cast(:import as bigint) from attendance_enrolment_stage
                on conflict (pupil_key, urn, academic_year) do update set year_group = excluded.year_group,
                    free_school_meals = excluded.free_school_meals, sen_provision = excluded.sen_provision,
                    english_additional_language = excluded.english_additional_language,
                    child_in_care = excluded.child_in_care, import_id = excluded.import_id""")
                .param("year", year.toString()).param("import", importId).update();
        jdbc.sql("drop table attendance_enrolment_stage").update();
        int after = jdbc.sql("select count(*) from attendance_enrolment where academic_year = :year")
                .param("year", year.toString()).query(Integer.class).single();
        return after - before;
    }

    /** Which of the enrolment ids are of the school in the year. */
    public java.util.Set<Integer> ofSchool(java.util.Collection<Integer> ids, int urn, AcademicYear year) {
        if (ids.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql(
                "select id from attendance_enrolment where id = any(:ids) and urn = :urn and academic_year = :year")
                .param("ids", ids.stream().mapToInt(Integer::intValue).toArray()).param("urn", urn)
                .param("year", year.toString()).query(Integer.class).list());
    }

    private static String nullable(Boolean value) {
        return value == null ? "" : value.toString();
    }
}
