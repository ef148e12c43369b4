package org.schoolscope.casework.persistence;

import org.schoolscope.access.AllowedSchools;
import org.schoolscope.access.ViewerScope;
import org.springframework.stereotype.Component;

/**
 * The one place the casework module limits cases to the schools a viewer may see, with the access module's SQL
 * condition over {@code viewer_schools}. The roles limited to their own schools (headteachers, partners) are refused
 * casework altogether by its route rules; this keeps the queries safe whatever the routes say.
 */
@Component("caseworkVisibleSchools")
class VisibleSchools {

    private final AllowedSchools allowedSchools;

    VisibleSchools(AllowedSchools allowedSchools) {
        this.allowedSchools = allowedSchools;
    }

    /** A case is visible when every school it concerns is one the viewer may see (so a case about none is, too). */
    static String clause(ViewerScope viewer) {
        return "not exists (select 1 from casework_case_school s where s.case_id = c.id and not "
                + viewer.schools("s.urn") + ")";
    }

    /** The signed-in viewer, or every school for work done outside a viewer's request (a run's facts, retention). */
    ViewerScope viewer(boolean scoped) {
        return scoped ? allowedSchools.current() : ViewerScope.system();
    }
}
