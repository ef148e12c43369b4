package org.schoolscope.web;

import java.util.List;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/** The API's OpenAPI description and the page on using the API, for every signed-in role (routes, not data). */
@Component
class WebRoutes implements RouteRules {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(RouteRule.getForEveryone("/api/v1/openapi"), RouteRule.getForEveryone("/api/v1/openapi.yaml"),
                RouteRule.getForEveryone("/api/v1/openapi/**"), RouteRule.getForEveryone("/using-the-api"));
    }
}
