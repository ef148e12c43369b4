package org.schoolscope.correspondence.web;

import static org.schoolscope.shared.Role.ADMIN;
import static org.schoolscope.shared.Role.ANALYST;
import static org.schoolscope.shared.Role.BOARD;
import static org.schoolscope.shared.Role.DCS;
import static org.schoolscope.shared.Role.HEADTEACHER;
import static org.schoolscope.shared.Role.OFFICER;

import java.util.List;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.springframework.stereotype.Component;

/**
 * Who may open the letters and reports. A headteacher may download only their own school's Stage 1 letter (the
 * {@code {urn}} in its pattern); the lists of every school's letters and the academy notification are the
 * council's. Letters of concern are written by officers and the advisory board. The monthly report has figures and
 * no personal data, so analysts and the Director of Children's Services may read it too.
 */
@Component
class CorrespondenceRoutes implements RouteRules {

    @Override
    public List<RouteRule> routeRules() {
        return List.of(
                RouteRule.get("/correspondence/letters/stage-1", ADMIN, OFFICER),
                RouteRule.get("/correspondence/letters/stage-1.zip", ADMIN, OFFICER),
                RouteRule.post("/correspondence/letters/stage-1/send", ADMIN, OFFICER),
                RouteRule.get("/correspondence/letters/stage-1/{urn}.pdf", ADMIN, OFFICER, HEADTEACHER),
                RouteRule.get("/correspondence/academy-notification", ADMIN, OFFICER),
                RouteRule.get("/correspondence/academy-notification.pdf", ADMIN, OFFICER),
                RouteRule.get("/correspondence/letters-of-concern/{urn}", ADMIN, OFFICER, BOARD),
                RouteRule.post("/correspondence/letters-of-concern/{urn}", ADMIN, OFFICER, BOARD),
                RouteRule.get("/correspondence/monthly-report", ADMIN, OFFICER, DCS, BOARD, ANALYST),
                RouteRule.get("/correspondence/monthly-report.pdf", ADMIN, OFFICER, DCS, BOARD, ANALYST),
                RouteRule.get("/correspondence/monthly-report.xlsx", ADMIN, OFFICER, DCS, BOARD, ANALYST),
                RouteRule.post("/correspondence/monthly-report/sent", ADMIN, OFFICER),
                RouteRule.get("/correspondence/improvement-letters/{id}.pdf", ADMIN, OFFICER, Role.PARTNER, BOARD,
                        DCS, Role.HEADTEACHER),
                RouteRule.get("/correspondence/monthly-report/sent.pdf", ADMIN, OFFICER, DCS, BOARD, ANALYST));
    }
}
