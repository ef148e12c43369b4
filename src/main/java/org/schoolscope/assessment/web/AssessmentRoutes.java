package org.schoolscope.assessment.web;

import java.util.List;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the assessment module's pages and API: the priority list and a school's category for every role
 * (scoped to their schools for partners and headteachers); runs and overrides for administrators and officers.
 */
@Component
class AssessmentRoutes implements RouteRules {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.getForEveryone("/assessments/priority-list"),
                RouteRule.getForEveryone("/assessments/priority-list.csv"),
                RouteRule.getForEveryone("/assessments/priority-list.xlsx"),
                RouteRule.getForEveryone("/api/v1/assessments/latest/schools/{urn}"),
                RouteRule.get("/assessments/overrides/new", Role.ADMIN, Role.OFFICER),
                RouteRule.post("/assessments/overrides", Role.ADMIN, Role.OFFICER),
                RouteRule.get("/assessments/overrides/{id}/withdrawal", Role.ADMIN, Role.OFFICER),
                RouteRule.post("/assessments/overrides/{id}/withdrawal", Role.ADMIN, Role.OFFICER),
                RouteRule.get("/assessments/runs-page", Role.ADMIN, Role.OFFICER),
                RouteRule.post("/assessments/runs-page", Role.ADMIN, Role.OFFICER),
                RouteRule.post("/api/v1/assessments/runs", Role.ADMIN, Role.OFFICER),
                RouteRule.get("/api/v1/assessments/runs/{id}", Role.ADMIN, Role.OFFICER),
                RouteRule.post("/api/v1/assessments/runs/{id}/reproductions", Role.ADMIN, Role.OFFICER));
    }
}
