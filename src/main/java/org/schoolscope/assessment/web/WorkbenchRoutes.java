package org.schoolscope.assessment.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ANALYST;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.PARTNER;

import java.util.List;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the rulebook workbench: reading versions and comparing runs is for everyone who works on the list
 * (not headteachers, whose view is their own school); saving a version is for officers and administrators; trying
 * a draft is also open to analysts, who may not save it.
 */
@Component
class WorkbenchRoutes implements RouteRules {

    private static final Role[] VIEW = {ADMIN, OFFICER, PARTNER, BOARD, DCS, ANALYST};
    private static final Role[] EDIT = {ADMIN, OFFICER};
    private static final Role[] WHAT_IF = {ADMIN, OFFICER, ANALYST};

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.get("/assessments/rulebook", VIEW),
                RouteRule.get("/assessments/rulebook/versions/{n}", VIEW),
                RouteRule.get("/assessments/runs", VIEW),
                RouteRule.get("/assessments/runs/compare", VIEW),
                RouteRule.get("/api/v1/assessments/rulebook", VIEW),
                RouteRule.get("/api/v1/assessments/rulebook/versions", VIEW),
                RouteRule.get("/api/v1/assessments/rulebook/versions/{n}", VIEW),
                RouteRule.get("/api/v1/assessments/runs", VIEW),
                RouteRule.get("/api/v1/assessments/runs/{id}/comparison", VIEW),
                RouteRule.get("/assessments/rulebook/edit", EDIT),
                RouteRule.post("/assessments/rulebook/edit", EDIT),
                RouteRule.post("/api/v1/assessments/rulebook", EDIT),
                RouteRule.get("/assessments/rulebook/what-if", WHAT_IF),
                RouteRule.post("/assessments/rulebook/what-if", WHAT_IF),
                RouteRule.post("/api/v1/assessments/what-if", WHAT_IF));
    }
}
