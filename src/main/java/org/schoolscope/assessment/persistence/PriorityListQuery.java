package org.schoolscope.assessment.persistence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.register.SchoolRegister;
import org.schoolscope.shared.LaCode;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads what the priority list needs besides the results: the council's latest run and the schools' names. */
@Component
public class PriorityListQuery {

    private final JdbcClient jdbc;
    private final SchoolRegister register;
    private final Clock clock;

    PriorityListQuery(JdbcClient jdbc, SchoolRegister register, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.clock = clock;
    }

    /** The most recent run of the council's schools; runs of all schools (no LA) are not the council's list. */
    public Optional<Long> latestRunId(LaCode laCode) {
        return jdbc.sql("select id from assessment_run where la_code = :la order by run_at desc, id desc limit 1")
                .param("la", laCode.value()).query(Long.class).optional();
    }

    /** The council's most recent run made before the instant, if any. */
    public Optional<Long> latestRunIdBefore(LaCode laCode, java.time.Instant before) {
        return jdbc.sql("""
                select id from assessment_run where la_code = ? and run_at < ?
                order by run_at desc, id desc limit 1""").param(laCode.value())
                .param(java.sql.Timestamp.from(before)).query(Long.class).optional();
    }

    /** Names by URN of the schools a run assessed that the viewer may see, as the register has them now. */
    public Map<Integer, String> schoolNames(long runId, ViewerScope viewer) {
        Map<Integer, String> names = new HashMap<>();
        List<Urn> assessed = viewer.bind(jdbc.sql("select a.urn from school_assessment a where a.run_id = :run and "
                + viewer.schools("a.urn"))).param("run", runId).query((rs, n) -> new Urn(rs.getInt(1))).list();
        register.find(assessed, LocalDate.now(clock)).forEach((urn, school) -> names.put(urn.value(), school.name()));
        return names;
    }
}
