package org.schoolscope.governance.persistence;

import org.schoolscope.access.AllowedSchools;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place the governance module limits what a viewer reads to the schools they may see (a headteacher's or a
 * partner's own), with the access module's SQL condition over {@code viewer_schools}, bound to the signed-in viewer.
 */
@Component("governanceVisibleSchools")
class VisibleSchools {

    private final AllowedSchools allowedSchools;

    VisibleSchools(AllowedSchools allowedSchools) {
        this.allowedSchools = allowedSchools;
    }

    /** Holds for rows whose school column is one the viewer may see. */
    String clause(String column) {
        return allowedSchools.current().schools(column);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return allowedSchools.current().bind(statement);
    }
}
