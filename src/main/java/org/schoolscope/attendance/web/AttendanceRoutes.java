package org.schoolscope.attendance.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ATTENDANCE_OFFICER;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.HEADTEACHER;
import static org.schoolscope.shared.Role.OFFICER;
import static org.schoolscope.shared.Role.PARTNER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may use each attendance route (issue 17, item 5). Pupil rows (a school's pupils, the targeting-meeting pack
 * and its downloads) are for the council's attendance officers and, for their own school ({@code {urn}}), its
 * headteacher; only attendance officers record meetings. Aggregates, with small counts suppressed, are for the
 * council's officers, board, Director and analysts, and a school's own aggregates also for its headteacher and
 * partner. Any signed-in user may read the code table.
 */
@Component
class AttendanceRoutes implements RouteRules {

    static final Set<Role> COUNCIL = EnumSet.of(ATTENDANCE_OFFICER, ADMIN, OFFICER, DCS, BOARD, Role.ANALYST);
    static final Set<Role> SCHOOL = EnumSet.of(ATTENDANCE_OFFICER, ADMIN, OFFICER, DCS, BOARD, Role.ANALYST,
            HEADTEACHER, PARTNER);
    static final Set<Role> PUPILS = EnumSet.of(ATTENDANCE_OFFICER, HEADTEACHER);
    static final Set<Role> MEETINGS = EnumSet.of(ATTENDANCE_OFFICER, ADMIN, OFFICER, DCS);

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                new RouteRule("GET", "/attendance", SCHOOL),
                RouteRule.getForEveryone("/attendance/codes"),
                new RouteRule("GET", "/attendance/councils/{la}", COUNCIL),
                new RouteRule("GET", "/attendance/councils/{la}/meetings", MEETINGS),
                new RouteRule("GET", "/attendance/councils/{la}/meetings.xlsx", MEETINGS),
                new RouteRule("GET", "/attendance/councils/{la}/meetings.pdf", MEETINGS),
                new RouteRule("GET", "/attendance/schools/{urn}", SCHOOL),
                new RouteRule("GET", "/attendance/schools/{urn}/pupils", PUPILS),
                new RouteRule("GET", "/attendance/schools/{urn}/meetings/{year}/{term}", PUPILS),
                new RouteRule("POST", "/attendance/schools/{urn}/meetings/{year}/{term}", Set.of(ATTENDANCE_OFFICER)),
                new RouteRule("GET", "/attendance/schools/{urn}/meetings/{year}/{term}/pack.pdf", PUPILS),
                new RouteRule("GET", "/attendance/schools/{urn}/meetings/{year}/{term}/pack.xlsx", PUPILS));
    }
}
