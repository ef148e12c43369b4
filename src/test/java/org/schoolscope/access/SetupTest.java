package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.schoolscope.access.account.SetupCode;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** No default password: a one-time code, printed once in the log, creates the first administrator, once. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SetupTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SetupCode setup;

    @BeforeEach
    void noUsers() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldCreateTheFirstAdministratorWithTheCodeFromTheLogOnlyOnce(CapturedOutput output) throws Exception {
        String code = setup.issue();
        assertThat(output.getAll().split(code, -1)).as("the code is printed exactly once").hasSize(2);
        assertThat(mvc.perform(get("/setup")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Set-up code");

        post("WRONG-CODE-0000-0000", "ada.admin").andExpect(status().isOk());
        assertThat(users()).isZero();

        post(code.toLowerCase(), "ada.admin").andExpect(redirectedUrl("/sign-in"));
        assertThat(jdbc.sql("select r.role from app_user u join app_user_role r on r.user_id = u.id "
                + "where u.username = 'ada.admin'").query(String.class).list()).containsExactly("ADMIN");
        assertThat(jdbc.sql("select password_hash from app_user").query(String.class).single()).startsWith("$2a$12$");

        String again = post(code, "eve.intruder").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("Set-up is finished");
        assertThat(users()).isEqualTo(1);
        assertThat(setup.open()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'create' and record_id = 'ada.admin'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAShortPasswordWithAnErrorSummary() throws Exception {
        String code = setup.issue();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/setup")
                .param("code", code).param("username", "ada.admin").param("password", "short")
                .param("confirmPassword", "short").with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#password\"");
        assertThat(users()).isZero();
    }

    private ResultActions post(String code, String username) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/setup")
                .param("code", code).param("username", username).param("displayName", "Ada Admin")
                .param("password", "a long enough password").param("confirmPassword", "a long enough password")
                .with(csrf()));
    }

    private long users() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }
}
