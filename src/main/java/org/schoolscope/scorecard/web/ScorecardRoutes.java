package org.schoolscope.scorecard.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ANALYST;
import static org.schoolscope.shared.Role.ATTENDANCE_OFFICER;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.CASE_WORKER;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.GOVERNOR_SERVICES;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.PARTNER;
import static org.schoolscope.shared.Role.SAFEGUARDING_OFFICER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may read the directorate scorecard (issue 15): the council's people and its improvement partner. The figures
 * are the council's and England's, published, with no school or person in them. A headteacher's role is their own
 * school only (README, Roles), and the scorecard will carry the directorate's own entered figures, so it is not
 * theirs. Officers (and administrators) enter the values no source holds and set a status against the computed one;
 * the Director, the board and analysts read.
 */
@Component
class ScorecardRoutes implements RouteRules {

    static final Set<Role> READERS = EnumSet.of(ADMIN, OFFICER, PARTNER, BOARD, DCS, ANALYST, ATTENDANCE_OFFICER,
            CASE_WORKER, GOVERNOR_SERVICES, SAFEGUARDING_OFFICER);

    /** Who enters an indicator's value and sets a status: officers (README, Roles); the rest read. */
    static final Set<Role> EDITORS = EnumSet.of(ADMIN, OFFICER);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(new RouteRule("GET", "/scorecard", READERS),
                new RouteRule("GET", "/scorecard/indicators/{code}", READERS),
                new RouteRule("POST", "/scorecard/indicators/{code}/entries", EDITORS),
                new RouteRule("POST", "/scorecard/indicators/{code}/status-overrides", EDITORS),
                new RouteRule("POST", "/scorecard/snapshots", EDITORS),
                new RouteRule("GET", "/scorecard/snapshots", READERS),
                new RouteRule("GET", "/scorecard/snapshots/{id}", READERS),
                new RouteRule("GET", "/api/v1/scorecard", READERS),
                new RouteRule("GET", "/api/v1/indicators/{code}", READERS));
    }
}
