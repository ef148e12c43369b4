package org.schoolscope.casework.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ANALYST;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.CASE_WORKER;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.GOVERNOR_SERVICES;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.SAFEGUARDING_OFFICER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.schoolscope.casework.domain.StepKind;
import org.schoolscope.casework.persistence.CaseStore;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the casework routes. Case workers log and work cases and alone see who raised one; officers,
 * administrators, the Director and the safeguarding officer read cases with that identity protected; the board,
 * analysts and governor services read the reports, which count cases and name no one. Headteachers and partners have
 * no casework route: a concern may be about them.
 */
@Component
class CaseworkRoutes implements RouteRules {

    static final Set<Role> WORKERS = EnumSet.of(CASE_WORKER);
    static final Set<Role> VIEWERS = CaseStore.CASE_READERS;
    static final Set<Role> REPORT_READERS = EnumSet.of(CASE_WORKER, OFFICER, ADMIN, DCS, SAFEGUARDING_OFFICER,
            BOARD, ANALYST, GOVERNOR_SERVICES);

    @Override
    public List<RouteRule> routeRules() {
        List<RouteRule> rules = new ArrayList<>(List.of(
                new RouteRule("GET", "/casework", VIEWERS),
                new RouteRule("GET", "/casework/cases/new", WORKERS),
                new RouteRule("POST", "/casework/cases/new", WORKERS),
                new RouteRule("GET", "/casework/cases/{id}", VIEWERS),
                new RouteRule("GET", "/casework/reports", REPORT_READERS)));
        for (StepKind step : StepKind.values()) {
            rules.add(new RouteRule("GET", "/casework/cases/{id}/" + step.slug(), WORKERS));
            rules.add(new RouteRule("POST", "/casework/cases/{id}/" + step.slug(), WORKERS));
        }
        return List.copyOf(rules);
    }
}
