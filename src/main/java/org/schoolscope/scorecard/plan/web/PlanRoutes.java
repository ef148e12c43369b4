package org.schoolscope.scorecard.plan.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ANALYST;
import static org.schoolscope.shared.Role.ATTENDANCE_OFFICER;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.CASE_WORKER;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.GOVERNOR_SERVICES;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.SAFEGUARDING_OFFICER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the improvement plans (issue 15, items 5 and 6): the council's own people read them, as they read the
 * scorecard; officers record progress. A plan is the directorate's own account of its work, not published, so
 * neither the improvement partner nor a headteacher sees it.
 */
@Component
class PlanRoutes implements RouteRules {

    static final Set<Role> READERS = EnumSet.of(ADMIN, OFFICER, BOARD, DCS, ANALYST, ATTENDANCE_OFFICER, CASE_WORKER,
            GOVERNOR_SERVICES, SAFEGUARDING_OFFICER);
    static final Set<Role> EDITORS = EnumSet.of(OFFICER);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(new RouteRule("GET", "/scorecard/plans", READERS),
                new RouteRule("GET", "/scorecard/plans/{id}", READERS),
                new RouteRule("GET", "/scorecard/plans/{id}/plan.xlsx", READERS),
                new RouteRule("GET", "/scorecard/plans/actions/{id}/updates/new", EDITORS),
                new RouteRule("POST", "/scorecard/plans/actions/{id}/updates", EDITORS));
    }
}
