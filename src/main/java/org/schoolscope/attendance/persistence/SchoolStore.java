package org.schoolscope.attendance.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.schoolscope.attendance.domain.AttendanceSchool;
import org.schoolscope.attendance.domain.Phase;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The schools attendance reports on (today the synthetic council's). */
@Component
public class SchoolStore {

    private final JdbcClient jdbc;

    SchoolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttendanceSchool> schools(int laCode) {
        return jdbc.sql("select * from attendance_school where la_code = :la order by name, urn").param("la", laCode)
                .query(SchoolStore::school).list();
    }

    public Optional<AttendanceSchool> school(Urn urn) {
        return jdbc.sql("select * from attendance_school where urn = :urn").param("urn", urn.value())
                .query(SchoolStore::school).optional();
    }

    /** The councils with schools, lowest code first. */
    public List<Integer> councils() {
        return jdbc.sql("select distinct la_code from attendance_school order by la_code").query(Integer.class).list();
    }

    public void add(List<AttendanceSchool> schools) {
        for (AttendanceSchool school : schools) {
            jdbc.sql("""
                    insert into attendance_school (urn, la_code, name, phase, district, synthetic)
                    values (:urn, :la, :name, :phase, :district, :synthetic)""")
                    .param("urn", school.urn().value()).param("la", school.laCode()).param("name", school.name())
                    .param("phase", school.phase().name()).param("district", school.district())
                    .param("synthetic", school.synthetic()).update();
        }
    }

    private static AttendanceSchool school(ResultSet row, int number) throws SQLException {
        return new AttendanceSchool(new Urn(row.getInt("urn")), row.getInt("la_code"), row.getString("name"),
                Phase.valueOf(row.getString("phase")), row.getString("district"), row.getBoolean("synthetic"));
    }
}
