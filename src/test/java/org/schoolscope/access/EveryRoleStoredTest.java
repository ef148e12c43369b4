package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.schoolscope.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every role the service knows can be given to a user: the database checks the role column against a list that
 * migrations keep, and two modules built side by side once each re-wrote that list without the other's role.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other plain SpringBootTest classes
@Transactional // rolled back: the users exist only inside this test
class EveryRoleStoredTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldStoreEveryRoleTheServiceKnows() {
        List<String> refused = new ArrayList<>();
        for (Role role : Role.values()) {
            long user = jdbc.sql("""
                    insert into app_user (username, display_name, created_at) values (:name, :name, :now)
                    returning id""").param("name", "every-role-" + role.name().toLowerCase())
                    .param("now", java.sql.Timestamp.from(Instant.parse("2026-12-03T12:00:00Z"))).query(Long.class)
                    .single();
            try {
                jdbc.sql("savepoint one_role").update();
                jdbc.sql("insert into app_user_role (user_id, role) values (:user, :role)").param("user", user)
                        .param("role", role.name()).update();
            } catch (org.springframework.dao.DataIntegrityViolationException notAllowed) {
                jdbc.sql("rollback to savepoint one_role").update();
                refused.add(role.name());
            }
        }
        assertThat(refused).as("roles the database refuses to store").isEmpty();
    }
}
