package org.schoolscope.returns.persistence;

import java.util.Optional;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place the returns module limits what a viewer reads to their own schools (a headteacher's), in SQL: every
 * query of schools' answers takes {@link #CLAUSE} on its {@code urn} column and binds it here. When the access module
 * publishes its own SQL clause for "which schools may this viewer see", this class switches to it.
 */
@Component("returnsVisibleSchools")
public class VisibleSchools {

    /** Holds for rows of a school the viewer may see; {@code urn} is the row's school column. */
    static final String CLAUSE = "(cast(:visible as integer[]) is null or urn = any(cast(:visible as integer[])))";

    private final AllowedSchools allowedSchools;

    VisibleSchools(AllowedSchools allowedSchools) {
        this.allowedSchools = allowedSchools;
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        Optional<Set<Urn>> allowed = allowedSchools.forCurrentUser();
        return statement.param("visible", allowed.map(urns -> urns.stream().map(Urn::value)
                .toArray(Integer[]::new)).orElse(null));
    }
}
