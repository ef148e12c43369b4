package org.schoolscope.profile.persistence;

import java.util.Map;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.profile.read.Overview;
import org.schoolscope.shared.LaCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The home page's counts of what is loaded. */
@Repository
public class OverviewQuery {

    private static final int LATEST_IMPORTS = 5;

    private final JdbcClient jdbc;
    private final ImportLogQuery imports;

    public OverviewQuery(JdbcClient jdbc, ImportLogQuery imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    /**
     * The counts over the schools the viewer may see: a partner or headteacher counts their own schools, and their
     * inspections and figures, never the council's (a count over schools one may not see is not theirs to read).
     */
    public Overview overview(LaCode council, ViewerScope viewer) {
        Map<String, Object> open = viewer.bind(jdbc.sql("""
                select count(*) as open,
                       count(*) filter (where responsible_body = 'LOCAL_AUTHORITY') as maintained,
                       count(*) filter (where responsible_body = 'TRUST') as trust,
                       count(*) filter (where responsible_body in ('OTHER', 'UNKNOWN')) as other
                from school s
                where la_code = :la
                  and coalesce(status, '') not ilike 'closed%'
                  and coalesce(status, '') not ilike 'proposed to open%'
                  and """ + viewer.schools("s.urn"))).param("la", council.value()).query().singleRow();
        return new Overview(count("school", viewer), number(open, "open"), number(open, "maintained"),
                number(open, "trust"), number(open, "other"), count("inspection", viewer), count("figure", viewer),
                imports.count(), imports.latest(LATEST_IMPORTS));
    }

    /**
     * The table name comes from this class only. A figure about a council or England has no URN, so it counts only
     * for a viewer who sees every school.
     */
    private long count(String table, ViewerScope viewer) {
        return viewer.bind(jdbc.sql("select count(*) from " + table + " t where " + viewer.schools("t.urn")))
                .query(Long.class).single();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
