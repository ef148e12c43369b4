package org.schoolscope.improvement.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.HEADTEACHER;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.PARTNER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use each improvement route (issue 5). The dashboard, partners and board meetings are for the council, the
 * partner, the board and the Director; a school's page and timeline also for its own headteacher ({@code {urn}});
 * each step for the roles that take it, the Director's decision for the Director alone.
 */
@Component
class ImprovementRoutes implements RouteRules {

    static final Set<Role> CYCLE = EnumSet.of(ADMIN, OFFICER, PARTNER, BOARD, DCS);
    static final Set<Role> CYCLE_AND_HEAD = EnumSet.of(ADMIN, OFFICER, PARTNER, BOARD, DCS, HEADTEACHER);
    static final Set<Role> LIST = EnumSet.of(ADMIN, OFFICER);

    @Override
    public List<RouteRule> routeRules() {
        List<RouteRule> rules = new ArrayList<>(List.of(
                new RouteRule("GET", "/improvement", CYCLE),
                new RouteRule("GET", "/improvement/partners", CYCLE),
                new RouteRule("GET", "/improvement/list", CYCLE),
                new RouteRule("POST", "/improvement/list/propose", LIST),
                new RouteRule("GET", "/improvement/list/agree", LIST),
                new RouteRule("POST", "/improvement/list/agree", LIST),
                new RouteRule("GET", "/improvement/board-meetings", CYCLE),
                new RouteRule("POST", "/improvement/board-meetings", LIST),
                new RouteRule("GET", "/improvement/board-meetings/{id}", CYCLE),
                new RouteRule("GET", "/improvement/schools/{urn}", CYCLE_AND_HEAD),
                new RouteRule("GET", "/api/v1/improvement/schools/{urn}/timeline", CYCLE_AND_HEAD)));
        for (StepKind kind : StepKind.values()) {
            rules.add(new RouteRule("GET", "/improvement/schools/{urn}/steps/" + kind.slug(), kind.roles()));
            rules.add(new RouteRule("POST", "/improvement/schools/{urn}/steps/" + kind.slug(), kind.roles()));
        }
        return List.copyOf(rules);
    }
}
