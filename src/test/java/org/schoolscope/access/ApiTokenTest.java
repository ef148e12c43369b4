package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.account.ApiTokens;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens: made and revoked by their owner, shown once, stored as a hash, limited to the owner's roles. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.add(jdbc, "ann.analyst", Role.ANALYST);
        TestUsers.add(jdbc, "hal.head", Role.HEADTEACHER, new Urn(103157));
    }

    @Test
    void shouldCreateATokenShownOnceAndUseItOnTheApiUntilItIsRevoked() throws Exception {
        var analyst = user("ann.analyst").roles("ANALYST");
        ApiTokens.CreatedToken created = (ApiTokens.CreatedToken) mvc.perform(post("/account/tokens")
                .param("name", "District dashboard in Power BI").with(analyst).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens")).andReturn().getFlashMap().get("created");
        String secret = created.secret();
        assertThat(secret).startsWith("ssk_").hasSizeGreaterThan(40);
        assertThat(jdbc.sql("select token_hash from api_token").query(String.class).single())
                .isEqualTo(ApiTokens.hash(secret)).doesNotContain(secret.substring(4));
        assertThat(mvc.perform(get("/account/tokens").with(analyst)).andReturn().getResponse()
                .getContentAsString()).contains("District dashboard in Power BI").doesNotContain(secret);

        mvc.perform(get("/api/v1/schools").header("Authorization", "Bearer " + secret)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(post("/api/v1/assessments/runs").param("la", "330").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));

        mvc.perform(post("/account/tokens/" + created.id() + "/revoke").with(analyst).with(csrf()))
                .andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/schools").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select action from audit_event where record_type = 'api-token' order by id")
                .query(String.class).list()).containsExactly("create", "revoke");
    }

    @Test
    void shouldAnswer401WithoutAValidToken() throws Exception {
        mvc.perform(get("/api/v1/schools")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/schools").header("Authorization", "Bearer ssk_made-up"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void shouldLimitATokenToItsOwnersSchools() throws Exception {
        String secret = tokens.create("hal.head", "school's own dashboard", "test").secret();
        mvc.perform(get("/api/v1/schools/103157").header("Authorization", "Bearer " + secret))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schools/103158").header("Authorization", "Bearer " + secret))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldNotLetOneUserRevokeAnothersToken() throws Exception {
        ApiTokens.CreatedToken theirs = tokens.create("hal.head", "dashboard", "test");
        mvc.perform(post("/account/tokens/" + theirs.id() + "/revoke").with(user("ann.analyst").roles("ANALYST"))
                .with(csrf())).andExpect(redirectedUrl("/account/tokens"));
        assertThat(tokens.authenticate(theirs.secret())).isPresent();
    }

    @Test
    void shouldWriteATokensLastUseAtMostOnceAMinuteRatherThanAtEveryRequest() throws Exception {
        String secret = tokens.create("ann.analyst", "dashboard", "test").secret();
        mvc.perform(get("/api/v1/schools").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        Instant first = lastUsed();
        assertThat(first).isNotNull();
        for (int call = 0; call < 5; call++) {
            mvc.perform(get("/api/v1/schools").header("Authorization", "Bearer " + secret))
                    .andExpect(status().isOk());
        }
        assertThat(lastUsed()).as("not written again within the minute").isEqualTo(first);

        jdbc.sql("update api_token set last_used_at = last_used_at - interval '2 minutes'").update();
        mvc.perform(get("/api/v1/schools").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        assertThat(lastUsed()).as("written again once the minute has passed").isAfter(first);
    }

    private Instant lastUsed() {
        return jdbc.sql("select last_used_at from api_token").query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant).orElse(null);
    }
}
