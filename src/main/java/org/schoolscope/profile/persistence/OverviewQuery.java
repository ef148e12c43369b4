package org.schoolscope.profile.persistence;

import java.util.Map;
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

    public Overview overview(LaCode council) {
        Map<String, Object> open = jdbc.sql("""
                select count(*) as open,
                       count(*) filter (where responsible_body = 'LOCAL_AUTHORITY') as maintained,
                       count(*) filter (where responsible_body = 'TRUST') as trust,
                       count(*) filter (where responsible_body in ('OTHER', 'UNKNOWN')) as other
                from school
                where la_code = :la
                  and coalesce(status, '') not ilike 'closed%'
                  and coalesce(status, '') not ilike 'proposed to open%'
                """).param("la", council.value()).query().singleRow();
        return new Overview(count("school"), number(open, "open"), number(open, "maintained"),
                number(open, "trust"), number(open, "other"), count("inspection"), count("figure"), imports.count(),
                imports.latest(LATEST_IMPORTS));
    }

    /** The table name comes from this class only. */
    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
