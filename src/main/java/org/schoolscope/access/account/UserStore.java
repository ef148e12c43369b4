package org.schoolscope.access.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.schoolscope.shared.Role;
import org.schoolscope.shared.Urn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their roles and their schools, in {@code app_user} and its two tables. */
@Repository
public class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where lower(username) = lower(:username)")
                .param("username", username).query(this::row).optional().map(this::complete);
    }

    public Optional<UserAccount> findById(long id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(this::row).optional()
                .map(this::complete);
    }

    public List<UserAccount> all() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from app_user_role").query((ResultSet row) -> {
            roles.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(Role.valueOf(row.getString(2)));
        });
        Map<Long, Set<Urn>> schools = new HashMap<>();
        jdbc.sql("select user_id, urn from app_user_school").query((ResultSet row) -> {
            schools.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(new Urn(row.getInt(2)));
        });
        List<UserAccount> users = new ArrayList<>();
        for (Row row : jdbc.sql("select * from app_user order by lower(username)").query(this::row).list()) {
            users.add(row.with(roles.getOrDefault(row.id(), Set.of()), schools.getOrDefault(row.id(), Set.of())));
        }
        return users;
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where lower(username) = lower(:username)")
                .param("username", username).query(String.class).optional();
    }

    public long insert(String username, String displayName, String passwordHash, String source, Instant now) {
        return jdbc.sql("""
                insert into app_user (username, display_name, password_hash, source, created_at)
                values (:username, :displayName, :hash, :source, :now) returning id""")
                .param("username", username).param("displayName", displayName).param("hash", passwordHash)
                .param("source", source).param("now", utc(now)).query(Long.class).single();
    }

    public void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)").param("id", userId)
                    .param("role", role.name()).update();
        }
    }

    public void replaceSchools(long userId, Set<Urn> schools) {
        jdbc.sql("delete from app_user_school where user_id = :id").param("id", userId).update();
        for (Urn urn : schools) {
            jdbc.sql("insert into app_user_school (user_id, urn) values (:id, :urn)").param("id", userId)
                    .param("urn", urn.value()).update();
        }
    }

    public void setEnabled(long userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = :enabled where id = :id").param("enabled", enabled)
                .param("id", userId).update();
    }

    public void setDisplayName(long userId, String displayName) {
        jdbc.sql("update app_user set display_name = :name where id = :id").param("name", displayName)
                .param("id", userId).update();
    }

    private UserAccount complete(Row row) {
        Set<Role> roles = new HashSet<>(jdbc.sql("select role from app_user_role where user_id = :id")
                .param("id", row.id()).query(String.class).list().stream().map(Role::valueOf).toList());
        Set<Urn> schools = new HashSet<>(jdbc.sql("select urn from app_user_school where user_id = :id")
                .param("id", row.id()).query(Integer.class).list().stream().map(Urn::new).toList());
        return row.with(roles, schools);
    }

    private Row row(ResultSet row, int number) throws SQLException {
        Timestamp locked = row.getTimestamp("locked_until");
        return new Row(row.getLong("id"), row.getString("username"), row.getString("display_name"),
                row.getString("source"), row.getBoolean("enabled"), row.getInt("failed_sign_ins"),
                locked == null ? null : locked.toInstant(), row.getString("password_hash") != null);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(long id, String username, String displayName, String source, boolean enabled,
            int failedSignIns, Instant lockedUntil, boolean hasPassword) {

        UserAccount with(Set<Role> roles, Set<Urn> schools) {
            return new UserAccount(id, username, displayName, source, enabled, failedSignIns, lockedUntil,
                    hasPassword, roles, schools);
        }
    }
}
