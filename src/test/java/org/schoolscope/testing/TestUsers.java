package org.schoolscope.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.schoolscope.access.ViewerScope;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Local users for tests that sign in for real (a browser or an HTTP client against a running server). The hash is
 * made at bcrypt's lowest cost so tests stay fast; the service checks any cost the hash names.
 */
public final class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);

    private TestUsers() {
    }

    /**
     * A MockMvc user in a role limited to some schools (a headteacher's own, a partner's allocation), carried as
     * the access module's {@code SCHOOL_} authorities, as sign-in gives them. Queries read a user's schools from the
     * database, as they stand at the request, so the user is also stored (or brought up to date) with that role and
     * those schools when each request is made.
     */
    public static RequestPostProcessor allocated(String username, Role role, Collection<Urn> schools) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        schools.forEach(urn -> authorities.add(new SimpleGrantedAuthority("SCHOOL_" + urn.value())));
        RequestPostProcessor signedIn = SecurityMockMvcRequestPostProcessors.user(username).authorities(authorities);
        List<Urn> allocation = List.copyOf(schools);
        return request -> {
            JdbcClient jdbc = WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext())
                    .getBean(JdbcClient.class);
            store(jdbc, username, role, allocation);
            return signedIn.postProcessRequest(request);
        };
    }

    /** Stores the user with exactly this role and these schools, adding the user if none has that name. */
    public static long store(JdbcClient jdbc, String username, Role role, Collection<Urn> schools) {
        long id = add(jdbc, username, role);
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", id).update();
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)").param("id", id)
                .param("role", role.name()).update();
        jdbc.sql("delete from app_user_school where user_id = :id").param("id", id).update();
        for (Urn urn : schools) {
            jdbc.sql("insert into app_user_school (user_id, urn) values (:id, :urn)").param("id", id)
                    .param("urn", urn.value()).update();
        }
        return id;
    }

    /**
     * An officer's scope, for services a test calls outside a request: every school and every note. Services take
     * the viewer's scope; in a request the access module gives it.
     */
    public static ViewerScope officer(String username) {
        return ViewerScope.of(username, Set.of(Role.OFFICER));
    }

    /** A headteacher of the one school. */
    public static RequestPostProcessor headteacherOf(Urn school) {
        return allocated("head", Role.HEADTEACHER, List.of(school));
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
                values (:username, :username, :hash, now()) returning id""").param("username", username)
                .param("hash", HASH).query(Long.class).single();
        jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)").param("id", id)
                .param("role", role.name()).update();
        for (Urn urn : schools) {
            jdbc.sql("insert into app_user_school (user_id, urn) values (:id, :urn)").param("id", id)
                    .param("urn", urn.value()).update();
        }
        return id;
    }
}
