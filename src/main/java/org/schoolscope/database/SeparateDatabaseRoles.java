package org.schoolscope.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Refuses to start unless the schema is migrated by one role (the owner, {@code spring.flyway.user}) and the service
 * connects as another (the application's role, {@code spring.datasource.username}) that is no superuser, no member of
 * the owner and may not run programs or read and write files on the database server. With one account for both, the
 * service's own connection would own the tables and could switch the append-only triggers off, so the promise that a
 * record is never changed would rest on the code alone. The application's role is then handed to the migrations as
 * the placeholder {@code application_role}, which they grant to.
 */
@Component
class SeparateDatabaseRoles implements FlywayConfigurationCustomizer {

    static final String PLACEHOLDER = "application_role";

    private final DataSource application;

    SeparateDatabaseRoles(DataSource application) {
        this.application = application;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        String role = applicationRole(configuration.getDataSource(), application);
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(PLACEHOLDER, role);
        configuration.placeholders(placeholders);
    }

    /**
     * The application's role, after checking it is not the owner (the migrating connection's role) and may not
     * escape its grants; refuses with a plain explanation otherwise.
     */
    static String applicationRole(DataSource owners, DataSource application) {
        String owner;
        try (Connection connection = owners.getConnection()) {
            owner = single(connection, "select current_user");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect as the schema owner (spring.flyway.user): "
                    + e.getMessage(), e);
        }
        String role;
        List<String> problems = new ArrayList<>();
        try (Connection connection = application.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        select current_user, r.rolsuper, pg_has_role(current_user, ?, 'MEMBER'),
                            pg_has_role(current_user, 'pg_execute_server_program', 'MEMBER'),
                            pg_has_role(current_user, 'pg_read_server_files', 'MEMBER'),
                            pg_has_role(current_user, 'pg_write_server_files', 'MEMBER')
                        from pg_roles r where r.rolname = current_user""")) {
            query.setString(1, owner);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                role = row.getString(1);
                if (role.equals(owner)) {
                    throw new IllegalStateException(oneAccount(role));
                }
                if (row.getBoolean(2)) {
                    problems.add("it is a superuser");
                }
                if (row.getBoolean(3)) {
                    problems.add("it is a member of the schema owner " + owner);
                }
                if (row.getBoolean(4) || row.getBoolean(5) || row.getBoolean(6)) {
                    problems.add("it may run programs or read and write files on the database server"
                            + " (pg_execute_server_program, pg_read_server_files or pg_write_server_files)");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect as the application's role (spring.datasource.username): "
                    + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Schoolscope will not connect to its database as " + role + ": "
                    + String.join("; ", problems) + ". The application's role must own nothing and hold only the"
                    + " grants the migrations give it; see the README, \"Running on your own PostgreSQL\".");
        }
        return role;
    }

    private static String oneAccount(String role) {
        return "Schoolscope connects to its database as " + role + " both to migrate the schema and to serve"
                + " requests. It needs two roles: the schema owner, which runs the migrations and owns the tables"
                + " (set spring.flyway.user and spring.flyway.password), and the application's role, which owns"
                + " nothing and cannot alter the audit log or any other record (spring.datasource.username and"
                + " spring.datasource.password). See the README, \"Running on your own PostgreSQL\", for the SQL that"
                + " creates them.";
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
