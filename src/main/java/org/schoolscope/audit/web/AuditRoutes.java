package org.schoolscope.audit.web;

import java.util.List;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/** The audit log is for administrators only. */
@Component
class AuditRoutes implements RouteRules {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(RouteRule.get("/admin/audit", Role.ADMIN), RouteRule.get("/admin/audit.csv", Role.ADMIN));
    }
}
