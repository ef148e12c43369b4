package org.schoolscope.attendance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.attendance.domain.PupilCharacteristics;
import org.schoolscope.attendance.domain.PupilWeeks;
import org.schoolscope.attendance.domain.SenProvision;
import org.schoolscope.attendance.domain.WeekMarks;
import org.schoolscope.shared.AcademicYear;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pupil rows of one school: every enrolment's marks week by week, within the viewer's schools. */
@Component
public class PupilQuery {

    private final JdbcClient jdbc;
    private final SchoolScope scope;

    PupilQuery(JdbcClient jdbc, SchoolScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** One enrolment with its marks. */
    public record PupilRow(int enrolmentId, byte[] pupilKey, PupilCharacteristics characteristics,
            PupilWeeks weeks) {
    }

    /** Every enrolment of the school in the year with marks in weeks up to the Monday given. */
    public List<PupilRow> pupils(Urn urn, AcademicYear year, LocalDate upToMonday) {
        Map<Integer, Builder> pupils = new LinkedHashMap<>();
        scope.bind(jdbc.sql("""
                select e.id, e.pupil_key, e.year_group, e.free_school_meals, e.sen_provision,
                    e.english_additional_language, e.child_in_care, w.week_start, w.marks
                from attendance_enrolment e join attendance_week w on w.enrolment_id = e.id
                where e.urn = :urn and e.academic_year = :year and w.week_start <= :monday and %s
                order by e.id, w.week_start""".formatted(SchoolScope.condition("e.urn"))))
                .param("urn", urn.value()).param("year", year.toString()).param("monday", upToMonday)
                .query(row -> {
                    Builder pupil = pupils.computeIfAbsent(row.getInt("id"), id -> builder(row));
                    pupil.mondays.add(row.getObject("week_start", LocalDate.class));
                    pupil.marks.add(row.getBytes("marks"));
                });
        return pupils.values().stream().map(Builder::build).toList();
    }

    private static Builder builder(ResultSet row) {
        try {
            String sen = row.getString("sen_provision");
            return new Builder(row.getInt("id"), row.getBytes("pupil_key"), new PupilCharacteristics(
                    row.getString("year_group"), bool(row, "free_school_meals"),
                    sen == null ? null : SenProvision.valueOf(sen), bool(row, "english_additional_language"),
                    bool(row, "child_in_care")));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    private record Builder(int id, byte[] key, PupilCharacteristics characteristics, List<LocalDate> mondays,
            List<byte[]> marks) {

        Builder(int id, byte[] key, PupilCharacteristics characteristics) {
            this(id, key, characteristics, new ArrayList<>(), new ArrayList<>());
        }

        PupilRow build() {
            byte[] all = new byte[marks.size() * WeekMarks.SLOTS];
            for (int week = 0; week < marks.size(); week++) {
                System.arraycopy(marks.get(week), 0, all, week * WeekMarks.SLOTS, WeekMarks.SLOTS);
            }
            return new PupilRow(id, key, characteristics, new PupilWeeks(mondays, all));
        }
    }
}
