package org.schoolscope.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.schoolscope.database.EmbeddedPostgres.Account;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: the service refuses to start when one account would both own the schema and serve requests, or when the
 * application's role could escape its grants (a superuser), and names what to set.
 */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other plain SpringBootTest classes
class SeparateDatabaseRolesTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldConnectAsTheApplicationsRoleAndMigrateAsTheOwner() {
        assertThat(jdbc.sql("select current_user").query(String.class).single())
                .isEqualTo(EmbeddedCredentials.APPLICATION);
        assertThat(jdbc.sql("select distinct installed_by from flyway_schema_history").query(String.class).list())
                .containsExactly(EmbeddedCredentials.OWNER);
        assertThat(jdbc.sql("select distinct pg_get_userbyid(relowner) from pg_class"
                + " where relnamespace = 'public'::regnamespace").query(String.class).list())
                .containsExactly(EmbeddedCredentials.OWNER);
    }

    @Test
    void shouldRefuseOneAccountForBothMigratingAndServing() {
        EmbeddedPostgres server = DatabaseCleaner.server(jdbc);
        String database = DatabaseCleaner.database(jdbc);

        assertThatThrownBy(() -> SeparateDatabaseRoles.applicationRole(server.dataSource(database, Account.OWNER),
                server.dataSource(database, Account.OWNER))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("both to migrate the schema and to serve requests")
                .hasMessageContaining("spring.flyway.user");
        assertThatThrownBy(() -> SeparateDatabaseRoles.applicationRole(server.dataSource(database, Account.OWNER),
                server.dataSource(database, Account.SUPERUSER))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("it is a superuser");
        assertThat(SeparateDatabaseRoles.applicationRole(server.dataSource(database, Account.OWNER),
                server.dataSource(database, Account.APPLICATION))).isEqualTo(EmbeddedCredentials.APPLICATION);
    }
}
