package org.schoolscope.returns.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ANALYST;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.GOVERNOR_SERVICES;
import static org.schoolscope.shared.Role.HEADTEACHER;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.SAFEGUARDING_OFFICER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use the returns routes. Officers, the safeguarding officer and governor services set returns up and chase
 * them; officers and the safeguarding officer alone draw validation samples, make validation visits and follow full
 * audits (README, Roles: governor services set up and chase returns, the safeguarding officer validates them); the
 * Director, the board and analysts read completeness and results; a headteacher
 * sees and submits only their own school's returns ({@code {urn}}), and never another school's or the council's
 * overview.
 */
@Component
class ReturnsRoutes implements RouteRules {

    static final Set<Role> MANAGERS = EnumSet.of(ADMIN, OFFICER, SAFEGUARDING_OFFICER, GOVERNOR_SERVICES);
    static final Set<Role> AUDITORS = EnumSet.of(ADMIN, OFFICER, SAFEGUARDING_OFFICER);
    static final Set<Role> READERS = EnumSet.of(ADMIN, OFFICER, SAFEGUARDING_OFFICER, GOVERNOR_SERVICES, DCS, BOARD,
            ANALYST);
    static final Set<Role> READERS_AND_HEAD = EnumSet.of(ADMIN, OFFICER, SAFEGUARDING_OFFICER, GOVERNOR_SERVICES,
            DCS, BOARD, ANALYST, HEADTEACHER);
    static final Set<Role> ANSWERERS = EnumSet.of(ADMIN, OFFICER, SAFEGUARDING_OFFICER, GOVERNOR_SERVICES,
            HEADTEACHER);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                new RouteRule("GET", "/returns", READERS_AND_HEAD),
                new RouteRule("GET", "/returns/new", MANAGERS),
                new RouteRule("POST", "/returns", MANAGERS),
                new RouteRule("GET", "/returns/{id}", READERS),
                new RouteRule("GET", "/returns/{id}/chase-list", READERS),
                new RouteRule("GET", "/returns/{id}/chase-list.pdf", READERS),
                new RouteRule("GET", "/returns/{id}/chase-list.xlsx", READERS),
                new RouteRule("POST", "/returns/{id}/schools/{urn}/chase", MANAGERS),
                new RouteRule("GET", "/returns/{id}/schools/{urn}", READERS_AND_HEAD),
                new RouteRule("POST", "/returns/{id}/schools/{urn}", ANSWERERS),
                new RouteRule("GET", "/returns/{id}/schools/{urn}/history", READERS_AND_HEAD),
                new RouteRule("GET", "/returns/{id}/sample", READERS),
                new RouteRule("POST", "/returns/{id}/sample", AUDITORS),
                new RouteRule("GET", "/returns/{id}/sample/check", READERS),
                new RouteRule("GET", "/returns/{id}/sample/schools/{urn}/visit", AUDITORS),
                new RouteRule("POST", "/returns/{id}/sample/schools/{urn}/visit", AUDITORS),
                new RouteRule("POST", "/returns/{id}/full-audits", AUDITORS),
                new RouteRule("GET", "/returns/audits/{auditId}", READERS),
                new RouteRule("POST", "/returns/audits/{auditId}/entries", AUDITORS));
    }
}
