package org.schoolscope.dashboard.web;

import java.util.List;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the dashboard: every signed-in role. A partner or headteacher is counted over their own schools only,
 * which the dashboard's service asks the access module, not the route; the headline outcomes and their trends are
 * public council aggregates, the same for every role.
 */
@Component
class CouncilPictureRoutes implements RouteRules {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(RouteRule.getForEveryone("/dashboard"), RouteRule.getForEveryone("/dashboard/outcomes/{measure}"),
                RouteRule.getForEveryone("/api/v1/dashboard"));
    }
}
