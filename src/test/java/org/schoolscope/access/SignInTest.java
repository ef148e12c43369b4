package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.schoolscope.testing.DatabaseCleaner;
import org.schoolscope.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The sign-in form: CSRF, secure headers, sign-out, lock-out after five wrong passwords, and the audit of each. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.add(jdbc, "olive.officer", Role.OFFICER);
    }

    @Test
    void shouldSendAnonymousVisitorsToTheSignInPageAndSignThemInAndOut() throws Exception {
        mvc.perform(get("/schools")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
        String page = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<h1 class=\"govuk-heading-l\">Sign in</h1>").contains("name=\"_csrf\"")
                .doesNotContain("Sign out");

        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/schools").session(session)).andExpect(redirectedUrl("/sign-in"));
        String back = mvc.perform(post("/sign-in").session(session).param("username", "olive.officer")
                .param("password", TestUsers.PASSWORD).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(back).as("back to the page first asked for").contains("/schools");
        String home = mvc.perform(get("/").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("olive.officer").contains("Sign out").doesNotContain("Administration");

        mvc.perform(post("/sign-out").session(session).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?signed-out"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        assertThat(audit("sign-in")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/sign-in").param("username", "olive.officer").param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldSendSecureHeadersWithAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(header().string("Content-Security-Policy",
                org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void shouldLockAnAccountForFifteenMinutesAfterFiveWrongPasswords() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("olive.officer", "not the password").andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn("olive.officer", TestUsers.PASSWORD).andExpect(redirectedUrl("/sign-in?locked"));
        String page = mvc.perform(get("/sign-in?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This account is locked").contains("govuk-error-summary");
        assertThat(jdbc.sql("select locked_until > now() + interval '14 minutes' from app_user "
                + "where username = 'olive.officer'").query(Boolean.class).single()).isTrue();
        assertThat(audit("failed-sign-in")).isEqualTo(6);
        assertThat(audit("lock-out")).isEqualTo(1);

        // Fifteen minutes later the right password works again.
        jdbc.sql("update app_user set locked_until = now() - interval '1 second' where username = 'olive.officer'")
                .update();
        signIn("olive.officer", TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldNotSayWhetherAUsernameExists() throws Exception {
        signIn("nobody.here", "whatever it is").andExpect(redirectedUrl("/sign-in?error"));
        signIn("olive.officer", "not the password").andExpect(redirectedUrl("/sign-in?error"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'unknown user'").query(Long.class)
                .single()).isEqualTo(1);
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("username", username).param("password", password)
                .with(csrf()));
    }

    private long audit(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action").param("action", action)
                .query(Long.class).single();
    }
}
