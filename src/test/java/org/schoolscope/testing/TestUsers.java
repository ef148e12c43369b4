package org.schoolscope.testing;

import java.time.OffsetDateTime;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Local users for tests that sign in for real (a browser or an HTTP client against a running server). The hash is
 * made at bcrypt's lowest cost so tests stay fast; the service checks any cost the hash names.
 */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private TestUsers() {
    }

    /** Adds the user with {@link #PASSWORD} unless one of that name exists; returns its id. */
    public static long add(JdbcClient jdbc, String username, Role role, Urn... schools) {
        Long existing = jdbc.sql("select id from app_user where username = :username").param("username", username)
                .query(Long.class).optional().orElse(null);
        if (existing != null) {
            return existing;
        }
        long id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, created_at)
                values (:username, :username, :hash, :now) returning id""").param("username", username)
                .param("hash", HASH).param("now", OffsetDateTime.now()).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)").param("id", id)
                .param("role", role.name()).update();
        for (Urn urn : schools) {
            jdbc.sql("insert into app_user_school (user_id, urn) values (:id, :urn)").param("id", id)
                    .param("urn", urn.value()).update();
        }
        return id;
    }
}
