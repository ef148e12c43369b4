package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRule;
import org.schoolscope.shared.RouteRules;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.TestUsers;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Issue 5's acceptance matrix: every mapped route, against every role and an anonymous visitor, is allowed or refused
 * as the modules' route rules say; a route without a rule fails the test. Partners and headteachers here hold one
 * sample school, so a {@code {urn}} route is tried with it and with another school.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class RouteMatrixTest {

    static final String OWN_SCHOOL = "103157";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    RouteAccess access;

    @Autowired
    List<RouteRules> ruleSources;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeRunsTheMatrixStarted() {
        // Runs are append-only: the cleaner removes them as the embedded server's superuser.
        DatabaseCleaner.empty(jdbc, "assessment_run");
    }

    record Route(String method, String pattern) {
    }

    @Test
    void shouldHaveARuleForEveryMappedRoute() {
        List<String> uncovered = routes().stream()
                .filter(route -> !access.covered(route.method(), concrete(route.pattern(), OWN_SCHOOL)))
                .map(route -> route.method() + " " + route.pattern()).toList();
        assertThat(uncovered).as("routes that no RouteRules bean covers").isEmpty();
        assertThat(routes()).as("the walk found the application's routes")
                .contains(new Route("GET", "/schools/{urn}"), new Route("POST", "/assessments/runs-page"),
                        new Route("GET", "/admin/audit"));
    }

    @Test
    void shouldAllowAndRefuseEveryRouteForEveryRoleAsTheRulesSay() throws Exception {
        String otherSchool = jdbc.sql("select urn::text from school where urn <> :own order by urn limit 1")
                .param("own", Integer.parseInt(OWN_SCHOOL)).query(String.class).single();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Route route : routes()) {
            List<String> urns = route.pattern().contains("{urn}") ? List.of(OWN_SCHOOL, otherSchool)
                    : List.of(OWN_SCHOOL);
            for (String urn : urns) {
                String path = concrete(route.pattern(), urn);
                for (Role role : Role.values()) {
                    boolean expected = allowed(route, role, urn);
                    MockHttpServletResponse response = perform(route.method(), path, role);
                    boolean refused = response.getStatus() == 403 || response.getStatus() == 401;
                    if (expected == refused) {
                        wrong.add(role + " " + route.method() + " " + path + ": expected "
                                + (expected ? "allowed" : "refused") + ", got " + response.getStatus());
                    }
                    checked++;
                }
                MockHttpServletResponse anonymous = perform(route.method(), path, null);
                boolean isPublic = RouteAccess.PUBLIC_PATTERNS.stream().anyMatch(pattern -> org.springframework.web
                        .util.pattern.PathPatternParser.defaultInstance.parse(pattern)
                        .matches(PathContainer.parsePath(path)));
                boolean sentToSignIn = anonymous.getStatus() == 401 || (anonymous.getStatus() == 302
                        && anonymous.getRedirectedUrl() != null && anonymous.getRedirectedUrl().endsWith("/sign-in"));
                if (isPublic == sentToSignIn) {
                    wrong.add("anonymous " + route.method() + " " + path + ": got " + anonymous.getStatus());
                }
                checked++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void shouldRefuseAHeadteacherWhoChangesTheUrnInTheUrl() throws Exception {
        String otherSchool = jdbc.sql("select urn::text from school where urn <> :own order by urn limit 1")
                .param("own", Integer.parseInt(OWN_SCHOOL)).query(String.class).single();
        var headteacher = TestUsers.allocated("head", Role.HEADTEACHER, List.of(Urn.parse(OWN_SCHOOL)));
        mvc.perform(get("/schools/" + OWN_SCHOOL).with(headteacher)).andExpect(status().isOk());
        mvc.perform(get("/schools/" + otherSchool).with(headteacher)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schools/" + OWN_SCHOOL).with(headteacher)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/schools/" + otherSchool).with(headteacher)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/schools/" + " " + otherSchool).with(headteacher))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldListOnlyTheirOwnSchoolsToAPartner() throws Exception {
        var partner = TestUsers.allocated("partner", Role.PARTNER, List.of(Urn.parse(OWN_SCHOOL)));
        mvc.perform(get("/api/v1/schools").with(partner)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.schools[0].urn").value(103157));
        String page = mvc.perform(get("/schools").with(partner)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Shaw Hill Primary School");
        var officer = user("officer").roles("OFFICER");
        mvc.perform(get("/api/v1/schools").with(officer)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(100)));
    }

    private boolean allowed(Route route, Role role, String urn) {
        return access.ruleFor(route.method(), PathContainer.parsePath(concrete(route.pattern(), urn)))
                .map(rule -> rule.rule().roles().contains(role)
                        && (!route.pattern().contains("{urn}") || !limited(role) || urn.equals(OWN_SCHOOL)))
                .orElse(RouteAccess.PUBLIC_PATTERNS.stream()
                        .anyMatch(pattern -> org.springframework.web.util.pattern.PathPatternParser.defaultInstance
                                .parse(pattern).matches(PathContainer.parsePath(concrete(route.pattern(), urn)))));
    }

    private static boolean limited(Role role) {
        return role == Role.PARTNER || role == Role.HEADTEACHER;
    }

    private MockHttpServletResponse perform(String method, String path, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
        if (role != null) {
            request.with(TestUsers.allocated("matrix-" + role.name().toLowerCase(), role,
                    List.of(Urn.parse(OWN_SCHOOL))));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private Set<Route> routes() {
        Set<Route> routes = new TreeSet<>((a, b) -> (a.pattern() + " " + a.method())
                .compareTo(b.pattern() + " " + b.method()));
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.addAll(declaredFor("GET", pattern));
                    routes.addAll(declaredFor("POST", pattern));
                } else {
                    methods.forEach(method -> routes.addAll(declaredFor(method.name(), pattern)));
                }
            }
        }
        return routes;
    }

    /**
     * A mapping with a variable other than the school, such as an improvement step's {@code {step}}, may be
     * guarded by one rule per value; the walk then takes each declared value (any other value is refused by default
     * and answered "not found" by the controller). Otherwise the mapping itself.
     */
    private List<Route> declaredFor(String method, String pattern) {
        if (!pattern.replace("{urn}", "").contains("{")) {
            return List.of(new Route(method, pattern));
        }
        PathPattern mapped = PathPatternParser.defaultInstance.parse(pattern);
        List<Route> declared = ruleSources.stream().flatMap(source -> source.routeRules().stream())
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .map(RouteRule::pattern).filter(rule -> !rule.equals(pattern))
                .filter(rule -> mapped.matches(PathContainer.parsePath(rule)))
                .map(rule -> new Route(method, rule)).toList();
        return declared.isEmpty() ? List.of(new Route(method, pattern)) : declared;
    }

    /** A real path for a pattern: the school's URN, a run or user id that does not exist, one extra segment. */
    private static String concrete(String pattern, String urn) {
        return pattern.replace("{urn}", urn).replaceAll("\\{[^}]+}", "999999").replace("/**", "/x");
    }
}
