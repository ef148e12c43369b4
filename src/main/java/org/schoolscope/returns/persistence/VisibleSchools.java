package org.schoolscope.returns.persistence;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place the returns module limits what a viewer reads to the schools they may see: every query of schools'
 * answers takes the access module's SQL condition ({@link ViewerScope#schools(String)}, over {@code viewer_schools})
 * on its school column and binds the signed-in viewer here. A headteacher thus reads their own school's returns only.
 */
@Component("returnsVisibleSchools")
public class VisibleSchools {

    private final JdbcClient jdbc;
    private final AllowedSchools allowedSchools;

    VisibleSchools(JdbcClient jdbc, AllowedSchools allowedSchools) {
        this.jdbc = jdbc;
        this.allowedSchools = allowedSchools;
    }

    /** Holds for rows of a school the viewer may see; {@code column} is the row's school column. */
    String clause(String column) {
        return allowedSchools.current().schools(column);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return allowedSchools.current().bind(statement);
    }

    /** Whether the signed-in viewer sees every school, so pages for the council rather than one school apply. */
    public boolean seesEverySchool() {
        return allowedSchools.current().seesEverySchool();
    }

    /** Those of the schools the signed-in viewer may see, as the database decides it. */
    public Set<Urn> among(Collection<Urn> urns) {
        ViewerScope viewer = allowedSchools.current();
        Integer[] values = urns.stream().map(Urn::value).toArray(Integer[]::new);
        return viewer.bind(jdbc.sql("select u from unnest(cast(:urns as integer[])) u where " + viewer.schools("u")))
                .param("urns", values).query(Integer.class).list().stream().map(Urn::new)
                .collect(Collectors.toSet());
    }
}
