package org.schoolscope.attendance.persistence;

import java.util.Optional;
import java.util.Set;
import org.schoolscope.access.AllowedSchools;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which schools the viewer may see, as the one SQL condition every attendance query that lists schools or pupils
 * takes (design guide 4.8: scoping lives in queries). Today it asks {@link AllowedSchools}; when the access module
 * publishes its SQL answer, only this class changes.
 */
@Component
public class SchoolScope {

    private final AllowedSchools allowed;

    SchoolScope(AllowedSchools allowed) {
        this.allowed = allowed;
    }

    /** The condition on a URN column; bind it with {@link #bind}. */
    public static String condition(String urnColumn) {
        return "(cast(:everySchool as boolean) or " + urnColumn + " = any(:allowedSchools))";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        Optional<Set<Urn>> schools = allowed.forCurrentUser();
        return statement.param("everySchool", schools.isEmpty())
                .param("allowedSchools", schools.orElse(Set.of()).stream().mapToInt(Urn::value).toArray());
    }

    /** Whether the viewer sees every school (an officer) rather than some (a headteacher, a partner). */
    public boolean seesEverySchool() {
        return allowed.forCurrentUser().isEmpty();
    }

    /** Whether the viewer may see the school: for a page about one school, refused as "not found" otherwise. */
    public boolean maySee(Urn urn) {
        return allowed.maySee(urn);
    }
}
