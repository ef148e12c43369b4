package org.schoolscope.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.RouteRules;
import org.schoolscope.shared.TextLimits;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.MappedRoutes;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 10, part 4: every API body has a size limit and every text field its form's limit, the same through the API;
 * a NUL character is refused with 400 wherever it is sent; and a URN that is not one ({@code abc}, one too long for
 * a number) is "not found" for every role on every page and API route that takes a school, never a 500 or a 403.
 */
@SpringBootTest(properties = "schoolscope.sample-data.load-on-first-start=true")
@AutoConfigureMockMvc
class InputLimitsTest {

    static final Urn SCHOOL = new Urn(103157);
    static final RequestPostProcessor OFFICER = user("olive.officer").roles("OFFICER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    List<RouteRules> rules;

    @Test
    void shouldHoldANoteFromTheApiToTheFormsLimit() throws Exception {
        String api = "/api/v1/schools/" + SCHOOL + "/soft-intelligence";
        mvc.perform(post(api).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content(note("x".repeat(TextLimits.FREE_TEXT + 1))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail",
                        Matchers.containsString("longer than 5000 characters")));
        mvc.perform(post(api).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
                .content(note("y".repeat(TextLimits.FREE_TEXT)))).andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from soft_intelligence_note where length(learnt) > :limit")
                .param("limit", TextLimits.FREE_TEXT).query(Long.class).single()).isZero();
    }

    @Test
    void shouldRefuseAnApiBodyOverTheLimitBeforeReadingIt() throws Exception {
        mvc.perform(post("/api/v1/schools/" + SCHOOL + "/soft-intelligence").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content(note("z".repeat(RequestInputFilter.MAX_API_BODY))))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void shouldRefuseANulCharacterInAnApiBodyOrAFormWith400() throws Exception {
        mvc.perform(post("/api/v1/schools/" + SCHOOL + "/soft-intelligence").with(OFFICER)
                .contentType(MediaType.APPLICATION_JSON).content(note("before\\u0000after")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", Matchers.containsString("NUL")));
        mvc.perform(post("/schools/" + SCHOOL + "/soft-intelligence").with(OFFICER).with(csrf())
                .param("topic", "FINANCE").param("learnt", "before\0after").param("source", "A call")
                .param("sensitivity", "NORMAL").param("notedDay", "1").param("notedMonth", "11")
                .param("notedYear", "2026").param("reviewDay", "1").param("reviewMonth", "12")
                .param("reviewYear", "2026").param("leadershipCrisis", "no"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/schools").with(OFFICER).param("phase", "Primary\0")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from soft_intelligence_note where learnt like 'before%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void shouldTellJsonsEscapedNulFromAnEscapedBackslash() {
        assertThat(RequestInputFilter.holdsNul("{\"a\": \"x\\u0000\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(RequestInputFilter.holdsNul("{\"a\": \"x\\\\u0000\"}".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(RequestInputFilter.holdsNul(new byte[] {'a', 0, 'b'})).isTrue();
        assertThat(RequestInputFilter.holdsNul("{\"a\": \"\\u00001\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void shouldShowAFormAgainWhenAFieldIsOverItsLimit() throws Exception {
        String page = mvc.perform(post("/schools/" + SCHOOL + "/soft-intelligence").with(OFFICER).with(csrf())
                .param("topic", "FINANCE").param("learnt", "x".repeat(TextLimits.FREE_TEXT + 1))
                .param("source", "A call").param("sensitivity", "NORMAL").param("notedDay", "1")
                .param("notedMonth", "11").param("notedYear", "2026").param("reviewDay", "1")
                .param("reviewMonth", "12").param("reviewYear", "2026").param("leadershipCrisis", "no"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "5,000 characters or fewer");
        String letter = mvc.perform(post("/correspondence/letters-of-concern/" + SCHOOL).with(OFFICER).with(csrf())
                .param("concerns", "x".repeat(TextLimits.FREE_TEXT + 1)).param("requiredActions", "Act"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(letter).contains("govuk-error-summary", "5,000 characters or fewer");
    }

    @Test
    void shouldAnswerNotFoundForAUrnThatIsNotOneForEveryRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (String pattern : MappedRoutes.getPatterns(mappings, rules)) {
            if (!pattern.contains("{urn}")) {
                continue;
            }
            for (String notAUrn : List.of("abc", "99999999999", "1234567")) {
                String path = MappedRoutes.concrete(pattern, Map.of("urn", notAUrn, "id", "1", "n", "1"));
                for (Role role : Role.values()) {
                    RequestPostProcessor signedIn = role == Role.PARTNER || role == Role.HEADTEACHER
                            ? TestUsers.allocated("limits-" + role.name().toLowerCase(), role, List.of(SCHOOL))
                            : user("limits-" + role.name().toLowerCase()).roles(role.name());
                    int status = mvc.perform(get(path).with(signedIn)).andReturn().getResponse().getStatus();
                    asked++;
                    // A role the route does not admit at all is refused whatever the school; any other answer
                    // than "not found" for a role it admits is wrong.
                    if (status != 404 && !(status == 403 && !admits(pattern, role))) {
                        wrong.add(role + " GET " + path + ": " + status);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(asked).isGreaterThan(100);
    }

    private boolean admits(String pattern, Role role) {
        return rules.stream().flatMap(source -> source.routeRules().stream())
                .filter(rule -> rule.pattern().equals(pattern) && (rule.method() == null
                        || rule.method().equals("GET")))
                .anyMatch(rule -> rule.roles().contains(role));
    }

    private static String note(String learnt) {
        return """
                {"topic": "FINANCE", "learnt": "%s", "source": "A call from the bursar", "sensitivity": "NORMAL",
                 "notedOn": "2026-11-01", "reviewOn": "2027-01-31", "leadershipCrisis": false}"""
                .formatted(learnt);
    }
}
