package org.schoolscope.profile.web;

import java.util.List;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the profile module's pages and API: figures and lists are for every role (partners and headteachers
 * see only their schools: a {@code {urn}} is checked, and lists are scoped in their queries); the import log for
 * the roles that look after data.
 */
@Component
class ProfileRoutes implements RouteRules {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.getForEveryone("/"),
                RouteRule.getForEveryone("/schools"),
                RouteRule.getForEveryone("/schools/{urn}"),
                RouteRule.getForEveryone("/api/v1/overview"),
                RouteRule.getForEveryone("/api/v1/schools"),
                RouteRule.getForEveryone("/api/v1/schools/{urn}"),
                RouteRule.get("/imports", Role.ADMIN, Role.OFFICER, Role.ANALYST),
                RouteRule.get("/imports/{id}", Role.ADMIN, Role.OFFICER, Role.ANALYST));
    }
}
