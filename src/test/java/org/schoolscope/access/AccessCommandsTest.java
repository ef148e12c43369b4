package org.schoolscope.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.access.account.ApiTokens;
import org.schoolscope.testing.DatabaseCleaner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The jar's {@code user add}, {@code token create} and {@code retention} commands. */
@SpringBootTest
@AutoConfigureMockMvc // shares the context of the other access tests
class AccessCommandsTest {

    @Autowired
    AccessCommands commands;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void clean() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void shouldAddAUserWithThePasswordFromStandardInputAndPrintATokenOnce() {
        assertThat(run("user", "add", "pat.partner", "--role", "PARTNER", "--school", "103157", "--school",
                "103158")).isZero();
        assertThat(jdbc.sql("select password_hash from app_user where username = 'pat.partner'").query(String.class)
                .single()).startsWith("$2a$12$").doesNotContain("a long enough password");
        assertThat(jdbc.sql("select count(*) from app_user_school").query(Long.class).single()).isEqualTo(2);

        assertThat(run("token", "create", "pat.partner")).isZero();
        String secret = out.toString(StandardCharsets.UTF_8).lines().reduce((first, last) -> last).orElseThrow();
        assertThat(tokens.authenticate(secret)).get().extracting(user -> user.username()).isEqualTo("pat.partner");
        assertThat(jdbc.sql("select action from audit_event order by id").query(String.class).list())
                .containsExactly("create", "create");
    }

    @Test
    void shouldRefuseAMissingRoleAShortPasswordOrAnUnknownRole() {
        assertThat(run("user", "add", "pat.partner")).isEqualTo(2);
        assertThat(runWithPassword("short", "user", "add", "pat.partner", "--role", "PARTNER")).isEqualTo(1);
        assertThat(run("user", "add", "pat.partner", "--role", "WIZARD")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 12 characters").contains("No role WIZARD");
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isZero();
    }

    @Test
    void shouldListExpiredTokensAndRemoveThemOnlyWhenAskedLoggingEachRemoval() {
        run("user", "add", "ann.analyst", "--role", "ANALYST");
        long old = tokens.create("ann.analyst", "old script", "test").id();
        long current = tokens.create("ann.analyst", "current script", "test").id();
        jdbc.sql("update api_token set revoked_at = now() - interval '200 days' where id = :id").param("id", old)
                .update();

        assertThat(run("retention")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("api-token (kept 90 days after it was revoked "
                + "or expired): 1 expired").contains("API token " + old).contains("Nothing was removed");
        assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(2);

        assertThat(run("retention", "--remove")).isZero();
        assertThat(jdbc.sql("select id from api_token").query(Long.class).list()).containsExactly(current);
        assertThat(jdbc.sql("select record_id from audit_event where action = 'remove-expired'").query(String.class)
                .list()).containsExactly(Long.toString(old));
    }

    private int run(String command, String... arguments) {
        return runWithPassword("a long enough password", command, arguments);
    }

    private int runWithPassword(String password, String command, String... arguments) {
        return commands.run(command, List.of(arguments),
                new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
