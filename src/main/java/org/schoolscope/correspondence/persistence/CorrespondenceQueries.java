package org.schoolscope.correspondence.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.correspondence.MaintainedSchool;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What letters and reports read that the other modules do not publish: the register, runs by date, figures. */
@Repository
public class CorrespondenceQueries {

    private final JdbcClient jdbc;

    CorrespondenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The council's open maintained schools that the viewer may see, by name. */
    public List<MaintainedSchool> maintainedSchools(LaCode laCode, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("""
                select urn, name, phase, establishment_type, number_of_pupils from school s
                where la_code = :la and responsible_body = 'LOCAL_AUTHORITY' and close_date is null
                  and coalesce(status, 'Open') not ilike 'closed%'
                  and """ + viewer.schools("s.urn") + " order by name, urn")).param("la", laCode.value())
                .query((rs, n) -> new MaintainedSchool(new Urn(rs.getInt("urn")), rs.getString("name"),
                        rs.getString("phase"), rs.getString("establishment_type"),
                        (Integer) rs.getObject("number_of_pupils")))
                .list();
    }

    /** Names of those of the schools, academies included, that the viewer may see, by URN. */
    public Map<Integer, String> schoolNames(Collection<Integer> urns, ViewerScope viewer) {
        Map<Integer, String> names = new HashMap<>();
        if (urns.isEmpty()) {
            return names;
        }
        viewer.bind(jdbc.sql("select urn, name from school s where urn = any(:urns) and " + viewer.schools("s.urn")))
                .param("urns", urns.toArray(Integer[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    names.put(rs.getInt("urn"), rs.getString("name"));
                });
        return names;
    }

    /** The council's latest assessment run made before the instant, if any. */
    public Optional<Long> latestRunBefore(LaCode laCode, Instant before) {
        return jdbc.sql("""
                select id from assessment_run where la_code = ? and run_at < ?
                order by run_at desc, id desc limit 1""").param(laCode.value())
                .param(java.sql.Timestamp.from(before)).query(Long.class).optional();
    }

    /**
     * URNs of the council's maintained schools the viewer may see with an inspection that started within the dates
     * (inclusive).
     */
    public List<Urn> maintainedSchoolsInspectedBetween(LaCode laCode, LocalDate from, LocalDate to,
            ViewerScope viewer) {
        return viewer.bind(jdbc.sql("""
                select distinct s.urn from inspection i join school s on s.urn = i.urn
                where s.la_code = :la and s.responsible_body = 'LOCAL_AUTHORITY'
                  and coalesce(i.start_date, i.end_date) between :from and :to
                  and """ + viewer.schools("s.urn") + " order by s.urn")).param("la", laCode.value())
                .param("from", from).param("to", to)
                .query((rs, n) -> new Urn(rs.getInt(1))).list();
    }

    /**
     * Each school's latest published value of each measure: the latest academic year, final before revised before
     * provisional. Missing and suppressed values are left out.
     */
    public Map<Integer, Map<String, PublishedValue>> latestValues(Collection<Integer> urns,
            Collection<String> measures) {
        Map<Integer, Map<String, PublishedValue>> values = new HashMap<>();
        if (urns.isEmpty()) {
            return values;
        }
        jdbc.sql("""
                select distinct on (urn, measure_code) urn, measure_code, value, academic_year, source_file
                from figure
                where scope = 'SCHOOL' and urn = any(?) and measure_code = any(?) and value is not null
                order by urn, measure_code, academic_year desc,
                  case release_stage when 'FINAL' then 0 when 'REVISED' then 1 else 2 end""")
                .param(urns.toArray(Integer[]::new)).param(measures.toArray(String[]::new))
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    values.computeIfAbsent(rs.getInt("urn"), urn -> new HashMap<>()).put(rs.getString("measure_code"),
                            new PublishedValue(rs.getBigDecimal("value"), rs.getString("academic_year"),
                                    rs.getString("source_file")));
                });
        return values;
    }

    /** A published figure with its year and source file. */
    public record PublishedValue(BigDecimal value, String academicYear, String sourceFile) {
    }
}
