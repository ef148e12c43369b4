package org.schoolscope.register.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.schoolscope.register.District;
import org.schoolscope.register.Districts;
import org.schoolscope.register.RegisteredSchool;
import org.schoolscope.register.RegisteredSchools;
import org.schoolscope.register.ResponsibleBody;
import org.schoolscope.register.SchoolSet;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register's schools read for other modules, with each school's district looked up once per constituency. */
@Repository
class JdbcRegisteredSchools implements RegisteredSchools {

    /** Open on :on by the school's own open and close dates, or by its status where no close date is recorded. */
    private static final String OPEN_ON = """
            (open_date is null or open_date <= :on)
            and (close_date > :on or (close_date is null and coalesce(status, '') not ilike 'closed%'))""";

    private final JdbcClient jdbc;
    private final Districts districts;

    JdbcRegisteredSchools(JdbcClient jdbc, Districts districts) {
        this.jdbc = jdbc;
        this.districts = districts;
    }

    @Override
    public List<RegisteredSchool> inSet(LaCode laCode, SchoolSet set, LocalDate on) {
        List<String> bodies = java.util.Arrays.stream(ResponsibleBody.values()).filter(set::includes)
                .map(Enum::name).toList();
        DistrictLookup lookup = new DistrictLookup(on);
        return jdbc.sql("""
                select urn, name, la_code, phase, responsible_body, constituency from school
                where la_code = :la and responsible_body in (:bodies) and\s""" + OPEN_ON + """

                order by name, urn""").param("la", laCode.value()).param("bodies", bodies).param("on", on)
                .query((row, number) -> school(row, lookup)).list();
    }

    @Override
    public Map<Urn, RegisteredSchool> find(Collection<Urn> urns, LocalDate on) {
        Map<Urn, RegisteredSchool> found = new LinkedHashMap<>();
        if (urns.isEmpty()) {
            return found;
        }
        DistrictLookup lookup = new DistrictLookup(on);
        jdbc.sql("""
                select urn, name, la_code, phase, responsible_body, constituency from school
                where urn in (:urns) order by urn""")
                .param("urns", urns.stream().map(Urn::value).distinct().toList())
                .query(row -> {
                    RegisteredSchool school = school(row, lookup);
                    found.put(school.urn(), school);
                });
        return found;
    }

    private RegisteredSchool school(ResultSet row, DistrictLookup lookup) throws SQLException {
        Integer la = (Integer) row.getObject("la_code");
        return new RegisteredSchool(new Urn(row.getInt("urn")), row.getString("name"), la == null ? 0 : la,
                row.getString("phase"), ResponsibleBody.valueOf(row.getString("responsible_body")),
                la == null ? null : lookup.district(la, row.getString("constituency")));
    }

    /** Councils map a few dozen constituencies; each is looked up once per call, not once per school. */
    private final class DistrictLookup {

        private final LocalDate on;
        private final Map<String, District> seen = new HashMap<>();

        DistrictLookup(LocalDate on) {
            this.on = on;
        }

        District district(int laCode, String constituency) {
            if (constituency == null || constituency.isBlank()) {
                return null;
            }
            String key = laCode + "|" + constituency;
            if (!seen.containsKey(key)) {
                seen.put(key, districts.districtOf(laCode, constituency, on).orElse(null));
            }
            return seen.get(key);
        }
    }
}
