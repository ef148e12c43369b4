package org.schoolscope.governance.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ANALYST;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.CASE_WORKER;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.GOVERNOR_SERVICES;
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
 * Who may use the governance routes. Governor services, officers and administrators keep the register; the Director,
 * the board and case workers (who investigate complaints about governors) read it; a headteacher or partner reads
 * their own schools' governing bodies ({@code {urn}}); analysts see the council's numbers, which name no one.
 */
@Component
class GovernanceRoutes implements RouteRules {

    static final Set<Role> KEEPERS = EnumSet.of(ADMIN, OFFICER, GOVERNOR_SERVICES);
    static final Set<Role> READERS = EnumSet.of(ADMIN, OFFICER, GOVERNOR_SERVICES, DCS, BOARD, CASE_WORKER);
    static final Set<Role> SCHOOL_READERS = EnumSet.of(ADMIN, OFFICER, GOVERNOR_SERVICES, DCS, BOARD, CASE_WORKER,
            HEADTEACHER, PARTNER);
    static final Set<Role> NUMBERS = EnumSet.of(ADMIN, OFFICER, GOVERNOR_SERVICES, DCS, BOARD, CASE_WORKER, ANALYST);

    /** The one-form pages of a school's governing body, each a GET and a POST for the keepers. */
    static final List<String> SCHOOL_FORMS = List.of("/governance/schools/{urn}/governors/new",
            "/governance/schools/{urn}/vacancies/new", "/governance/schools/{urn}/vacancies/{id}/fill",
            "/governance/schools/{urn}/appointments/{id}/end", "/governance/schools/{urn}/officers",
            "/governance/schools/{urn}/website-check");

    @Override
    public List<RouteRule> routeRules() {
        List<RouteRule> rules = new ArrayList<>(List.of(
                new RouteRule("GET", "/governance", NUMBERS),
                new RouteRule("GET", "/governance/over-limit", READERS),
                new RouteRule("GET", "/governance/matches", KEEPERS),
                new RouteRule("POST", "/governance/matches", KEEPERS),
                new RouteRule("GET", "/governance/import", KEEPERS),
                new RouteRule("POST", "/governance/import", KEEPERS),
                new RouteRule("GET", "/governance/schools/{urn}", SCHOOL_READERS),
                new RouteRule("GET", "/governance/people/{id}", READERS),
                new RouteRule("GET", "/governance/people/{id}/interests/new", KEEPERS),
                new RouteRule("POST", "/governance/people/{id}/interests/new", KEEPERS),
                new RouteRule("GET", "/governance/people/{id}/training/new", KEEPERS),
                new RouteRule("POST", "/governance/people/{id}/training/new", KEEPERS)));
        for (String form : SCHOOL_FORMS) {
            rules.add(new RouteRule("GET", form, KEEPERS));
            rules.add(new RouteRule("POST", form, KEEPERS));
        }
        return List.copyOf(rules);
    }
}
