package org.schoolscope.access.web;

import java.util.List;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/** Who may use the access module's routes; sign-in and set-up are public in the security chain itself. */
@Component
class AccessRoutes implements RouteRules {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.getForEveryone("/account/tokens"),
                RouteRule.post("/account/tokens", Role.values()),
                RouteRule.post("/account/tokens/{id}/revoke", Role.values()),
                RouteRule.get("/admin/users", Role.ADMIN),
                RouteRule.get("/admin/users/new", Role.ADMIN),
                RouteRule.post("/admin/users", Role.ADMIN),
                RouteRule.get("/admin/users/{id}", Role.ADMIN),
                RouteRule.post("/admin/users/{id}", Role.ADMIN));
    }
}
