package org.schoolscope.governance.persistence;

import java.util.Optional;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place the governance module limits what a viewer reads to their own schools (a headteacher's or a
 * partner's), in SQL. When the access module publishes its own clause for "which schools may this viewer see",
 * this class switches to it.
 */
@Component("governanceVisibleSchools")
class VisibleSchools {

    private final AllowedSchools allowedSchools;

    VisibleSchools(AllowedSchools allowedSchools) {
        this.allowedSchools = allowedSchools;
    }

    /** Holds for rows whose school column is one the viewer may see. */
    static String clause(String column) {
        return "(cast(:visible as integer[]) is null or " + column + " = any(cast(:visible as integer[])))";
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        Optional<Set<Urn>> allowed = allowedSchools.forCurrentUser();
        return statement.param("visible", allowed.map(urns -> urns.stream().map(Urn::value)
                .toArray(Integer[]::new)).orElse(null));
    }
}
