package org.schoolscope.assessment.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.HEADTEACHER;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.PARTNER;

import java.util.List;
import java.util.Set;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the school explanation, soft-intelligence and self-report routes. Soft intelligence is personal data
 * about headteachers and staff: officers, partners and administrators record and withdraw it, board members read
 * it, and headteachers and analysts never see it. A school's self-report is made by its headteacher or on its behalf.
 * Anyone who may see the school may read why it is, or is not, a concern.
 */
@Component
class SoftIntelligenceRoutes implements RouteRules {

    static final Set<Role> SELF_REPORTERS = Set.of(ADMIN, OFFICER, PARTNER, HEADTEACHER);

    /** The roles the access module lets read notes; a partner's own schools only, through {@code {urn}}. */
    private static final Role[] READERS = ViewerScope.NOTE_READERS.toArray(Role[]::new);
    private static final Role[] WRITERS = {ADMIN, OFFICER, PARTNER};
    private static final Role[] REPORTERS = SELF_REPORTERS.toArray(Role[]::new);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.getForEveryone("/schools/{urn}/assessment"),
                RouteRule.get("/schools/{urn}/soft-intelligence", READERS),
                RouteRule.get("/schools/{urn}/soft-intelligence/new", WRITERS),
                RouteRule.post("/schools/{urn}/soft-intelligence", WRITERS),
                RouteRule.post("/schools/{urn}/soft-intelligence/{id}/withdraw", WRITERS),
                RouteRule.get("/schools/{urn}/self-report", REPORTERS),
                RouteRule.post("/schools/{urn}/self-report", REPORTERS),
                RouteRule.post("/schools/{urn}/self-report/{id}/withdraw", REPORTERS),
                RouteRule.get("/api/v1/schools/{urn}/soft-intelligence", READERS),
                RouteRule.post("/api/v1/schools/{urn}/soft-intelligence", WRITERS));
    }
}
