package org.schoolscope.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Walks GET routes as one user and keeps what each answered, as text a person could read ({@link ResponseText}), for
 * tests that search every page, API answer, export and letter. A route's variables take the values given; a route
 * that needs a query to show anything gets one ({@link #paths}).
 */
public final class RouteWalk {

    /** One answer: the path asked, its status and its readable text. */
    public record Visit(String path, int status, String contentType, String text) {

        /** A letter, report file or export: what leaves the service. */
        public boolean isDocument() {
            String type = contentType == null ? "" : contentType;
            return type.contains("pdf") || type.contains("zip") || type.contains("spreadsheet")
                    || type.contains("csv");
        }
    }

    private RouteWalk() {
    }

    /**
     * The concrete paths for a pattern: its variables filled in, and the queries that make a route show data (the two
     * runs compared, the monthly report for this month, the board meeting and the later run by id; the zip of the
 * priorities' Stage 1 letters; a scorecard indicator by its reference).
     */
    public static List<String> paths(String pattern, CrisisNoteFixture.Made made, YearMonth thisMonth) {
        Map<String, String> values = Map.of("urn", made.school().toString(), "n", "1", "code", "7",
                "id", pattern.contains("board-meetings") ? Long.toString(made.meeting())
                        : pattern.contains("/assessments/runs") ? Long.toString(made.runBefore()) : "1");
        String path = MappedRoutes.concrete(pattern, values);
        List<String> paths = new ArrayList<>();
        switch (pattern) {
            case "/assessments/runs/compare" ->
                paths.add(path + "?from=" + made.runBefore() + "&to=" + made.runAfter());
            case "/api/v1/assessments/runs/{id}/comparison" -> paths.add(path + "?with=" + made.runAfter());
            // The priorities' letters hold the school with the note; every school's would take minutes to render.
            case "/correspondence/letters/stage-1.zip" -> paths.add(path + "?priority=yes");
            case "/api/v1/assessments/runs/{id}" -> paths.add(MappedRoutes.concrete(pattern,
                    Map.of("id", Long.toString(made.runAfter()))));
            case "/correspondence/monthly-report", "/correspondence/monthly-report.pdf",
                    "/correspondence/monthly-report.xlsx" -> {
                paths.add(path);
                paths.add(path + "?month=" + thisMonth);
            }
            default -> paths.add(path);
        }
        return paths;
    }

    public static Visit visit(MockMvc mvc, String path, RequestPostProcessor user) throws Exception {
        return answer(mvc, get(path).with(user).with(csrf()), path);
    }

    public static Visit answer(MockMvc mvc, MockHttpServletRequestBuilder request, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Visit(path, response.getStatus(), response.getContentType(),
                ResponseText.of(response.getContentType(), response.getContentAsByteArray()));
    }
}
