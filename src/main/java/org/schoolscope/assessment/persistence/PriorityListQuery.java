package org.schoolscope.assessment.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.shared.LaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the priority list needs besides the results: the council's latest run and the schools' names. */
@Component
public class PriorityListQuery {

    private final JdbcClient jdbc;

    PriorityListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most recent run of the council's schools; runs of all schools (no LA) are not the council's list. */
    public Optional<Long> latestRunId(LaCode laCode) {
        return jdbc.sql("select id from assessment_run where la_code = :la order by run_at desc, id desc limit 1")
                .param("la", laCode.value()).query(Long.class).optional();
    }

    /** Names by URN of the schools a run assessed that the viewer may see, as the register has them now. */
    public Map<Integer, String> schoolNames(long runId, ViewerScope viewer) {
        Map<Integer, String> names = new HashMap<>();
        viewer.bind(jdbc.sql("""
                select a.urn, s.name from school_assessment a join school s on s.urn = a.urn
                where a.run_id = :run and """ + viewer.schools("a.urn"))).param("run", runId)
                .query(row -> {
                    names.put(row.getInt("urn"), row.getString("name"));
                });
        return names;
    }
}
