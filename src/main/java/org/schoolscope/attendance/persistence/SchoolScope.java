package org.schoolscope.attendance.persistence;

import org.schoolscope.access.AllowedSchools;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which schools the viewer may see, as the one SQL condition every attendance query that lists schools or pupils
 * takes (design guide 4.8: scoping lives in queries). It is the access module's answer ({@link ViewerScope}, the SQL
 * function {@code viewer_schools}) for the signed-in viewer, so a headteacher sees their own school and a partner
 * their allocated schools, decided once, in SQL; the command line sees every school.
 */
@Component
public class SchoolScope {

    private final AllowedSchools allowed;

    SchoolScope(AllowedSchools allowed) {
        this.allowed = allowed;
    }

    /** The condition on a URN column; bind it with {@link #bind}. The SQL is the same for every viewer. */
    public static String condition(String urnColumn) {
        return ViewerScope.nobody().schools(urnColumn);
    }

    /** Binds the signed-in viewer for {@link #condition}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return allowed.current().bind(statement);
    }

    /** Whether the viewer sees every school (an officer) rather than some (a headteacher, a partner). */
    public boolean seesEverySchool() {
        return allowed.current().seesEverySchool();
    }

    /** Whether the viewer may see the school: for a page about one school, refused as "not found" otherwise. */
    public boolean maySee(Urn urn) {
        return allowed.maySee(allowed.current(), urn);
    }
}
