package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators add users, change their roles, allocate schools and disable them; each change is audited. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminUsersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldAddAPartnerAllocateSchoolsChangeRolesAndDisable() throws Exception {
        var admin = user("ada.admin").roles("ADMIN");
        mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", "pat.partner")
                .param("displayName", "Pat Partner").param("password", "a long enough password")
                .param("roles", "PARTNER").param("schools", "103157, 103158"))
                .andExpect(redirectedUrl("/admin/users"));
        long id = jdbc.sql("select id from app_user where username = 'pat.partner'").query(Long.class).single();
        assertThat(mvc.perform(get("/admin/users").with(admin)).andReturn().getResponse().getContentAsString())
                .contains("pat.partner").contains("PARTNER").contains("103157, 103158").contains("Administration");

        mvc.perform(post("/admin/users/" + id).with(admin).with(csrf()).param("roles", "PARTNER", "BOARD")
                .param("schools", "103157").param("enabled", "true")).andExpect(redirectedUrl("/admin/users"));
        mvc.perform(post("/admin/users/" + id).with(admin).with(csrf()).param("roles", "PARTNER", "BOARD")
                .param("schools", "103157")).andExpect(redirectedUrl("/admin/users"));

        assertThat(jdbc.sql("select role from app_user_role where user_id = :id order by role").param("id", id)
                .query(String.class).list()).containsExactly("BOARD", "PARTNER");
        assertThat(jdbc.sql("select enabled from app_user where id = :id").param("id", id).query(Boolean.class)
                .single()).isFalse();
        assertThat(jdbc.sql("select action from audit_event where record_type = 'user' and actor = 'ada.admin' "
                + "order by id").query(String.class).list())
                .containsExactly("create", "change-roles", "allocate-schools", "disable");

        mvc.perform(post("/sign-in").param("username", "pat.partner").param("password", "a long enough password")
                .with(csrf())).andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void shouldShowProblemsInAnErrorSummary() throws Exception {
        String page = mvc.perform(post("/admin/users").with(user("ada.admin").roles("ADMIN")).with(csrf())
                .param("username", "").param("password", "short").param("schools", "not-a-urn"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary").contains("href=\"#username\"")
                .contains("href=\"#password\"").contains("href=\"#roles\"").contains("href=\"#schools\"");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isZero();
    }
}
