package org.schoolscope.casework.persistence;

import java.util.Optional;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place the casework module limits cases to the schools a viewer may see, in SQL. The roles limited to their
 * own schools (headteachers, partners) are refused casework altogether by its route rules; this keeps the queries safe
 * whatever the routes say, and switches to the access module's clause when it is published.
 */
@Component("caseworkVisibleSchools")
class VisibleSchools {

    /** A case is visible when the viewer sees every school, or every school it concerns is one of theirs. */
    static final String CLAUSE = """
            (cast(:visible as integer[]) is null or not exists (
                select 1 from casework_case_school s where s.case_id = c.id
                  and not s.urn = any(cast(:visible as integer[]))))""";

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
