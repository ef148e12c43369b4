package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.account.UserAccounts;
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

/**
 * The sign-in form: CSRF, secure headers, sign-out, lock-out after five wrong passwords per name and address (counted
 * so parallel attempts cannot exceed it), one answer for every refusal, sessions that follow the user's record, and
 * the audit of each.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
        TestUsers.add(jdbc, "olive.officer", Role.OFFICER);
        TestUsers.add(jdbc, "ada.admin", Role.ADMIN);
        TestUsers.add(jdbc, "locked.out", Role.OFFICER);
        TestUsers.add(jdbc, "disabled.user", Role.OFFICER);
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
    void shouldCheckOnlyFiveOfTwentyFiveWrongPasswordsSentAtOnceAndThenRefuseTheRightOne() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int attempt = 1; attempt <= 25; attempt++) {
                String password = "wrong password " + attempt;
                answers.add(threads.submit(() -> {
                    start.await();
                    return signIn("olive.officer", password).andReturn().getResponse().getRedirectedUrl();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo("/sign-in?error");
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'failed-sign-in' "
                + "and detail like 'wrong password%'").query(Long.class).single())
                .as("passwords checked").isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'failed-sign-in' "
                + "and detail like 'refused: too many wrong passwords%'").query(Long.class).single())
                .as("refused unchecked").isEqualTo(20);
        assertThat(audit("lock-out")).isEqualTo(1);

        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).param("username", "olive.officer")
                .param("password", TestUsers.PASSWORD).with(csrf())).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in"));
        assertThat(audit("sign-in")).isZero();
    }

    @Test
    void shouldNotLetALockOutFromOneAddressKeepTheUserOutFromAnother() throws Exception {
        for (int attempt = 1; attempt <= 6; attempt++) {
            signInFrom("203.0.113.7", "ada.admin", "an attacker's guess").andExpect(redirectedUrl("/sign-in?error"));
        }
        signInFrom("203.0.113.7", "ada.admin", TestUsers.PASSWORD).andExpect(redirectedUrl("/sign-in?error"));
        signInFrom("198.51.100.20", "ada.admin", TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select detail from audit_event where action = 'lock-out'").query(String.class).list())
                .singleElement().asString().contains("203.0.113.7").contains("15 minutes");

        // Fifteen minutes later the attacker's address may try again, five times.
        jdbc.sql("update sign_in_attempt set locked_until = now() - interval '1 second'").update();
        signInFrom("203.0.113.7", "ada.admin", TestUsers.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldAnswerAlikeForAWrongPasswordAnUnknownNameALockOutAndADisabledAccount() throws Exception {
        String wrong = signIn("olive.officer", "not the password").andReturn().getResponse().getRedirectedUrl();
        String unknown = signIn("nobody.here", "whatever it is").andReturn().getResponse().getRedirectedUrl();
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("locked.out", "not the password");
            signIn("nobody.else", "not the password");
        }
        String locked = signIn("locked.out", TestUsers.PASSWORD).andReturn().getResponse().getRedirectedUrl();
        String unknownLocked = signIn("nobody.else", "whatever").andReturn().getResponse().getRedirectedUrl();
        jdbc.sql("update app_user set enabled = false where username = 'disabled.user'").update();
        String disabled = signIn("disabled.user", TestUsers.PASSWORD).andReturn().getResponse().getRedirectedUrl();
        assertThat(List.of(wrong, unknown, locked, unknownLocked, disabled)).containsOnly("/sign-in?error");
        String page = mvc.perform(get("/sign-in?error")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Enter a correct username and password").contains("govuk-error-summary")
                .doesNotContain("locked").doesNotContain("disabled");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'unknown user' and action = 'lock-out'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select detail from audit_event where actor = 'disabled.user'").query(String.class)
                .single()).isEqualTo("refused: the account is disabled");
    }

    @Test
    void shouldSignOutADisabledUserAtTheirNextRequestAndApplyChangedRolesAtOnce() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/sign-in").session(session).param("username", "olive.officer")
                .param("password", TestUsers.PASSWORD).with(csrf())).andExpect(redirectedUrl("/"));
        long id = jdbc.sql("select id from app_user where username = 'olive.officer'").query(Long.class).single();
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());

        accounts.update(id, Set.of(Role.OFFICER, Role.ADMIN), Set.of(), true, "ada.admin");
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
        accounts.update(id, Set.of(Role.ANALYST), Set.of(), true, "ada.admin");
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/assessments/overrides/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/imports").session(session)).andExpect(status().isOk());

        accounts.update(id, Set.of(Role.ANALYST), Set.of(), false, "ada.admin");
        mvc.perform(get("/imports").session(session)).andExpect(redirectedUrl("/sign-in"));
        assertThat(session.isInvalid()).isTrue();
    }

    private ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("username", username).param("password", password)
                .with(csrf()));
    }

    private ResultActions signInFrom(String address, String username, String password) throws Exception {
        return mvc.perform(post("/sign-in").param("username", username).param("password", password)
                .with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    private long audit(String action) {
        return jdbc.sql("select count(*) from audit_event where action = :action").param("action", action)
                .query(Long.class).single();
    }
}
