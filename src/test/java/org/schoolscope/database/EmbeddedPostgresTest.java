package org.schoolscope.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schoolscope.database.EmbeddedPostgres.Account;

/**
 * The embedded server keeps the promises of issue 13: it signs nobody in without a password, listens on loopback
 * only, writes durably, gives the application's role nothing special, brings a data directory made by an earlier,
 * trusting version under the same rules, and never outlives the JVM that started it, even a killed one.
 */
class EmbeddedPostgresTest {

    static final Path BINARIES = Path.of("target", "postgres-binaries");
    private final Path folder = Path.of("target", "embedded-postgres-test", UUID.randomUUID().toString())
            .toAbsolutePath();
    private final List<EmbeddedPostgres> started = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopEverything() throws IOException {
        children.forEach(Process::destroyForcibly);
        started.forEach(EmbeddedPostgres::close);
        PostgresBinaries.deleteTree(folder);
    }

    @Test
    void shouldSignInOnlyWithAPasswordOverLoopbackAndWriteDurably() throws Exception {
        EmbeddedPostgres server = start(folder.resolve("postgres"));

        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", ""))
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "postgres"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(server.database()),
                EmbeddedCredentials.APPLICATION, "")).isInstanceOf(SQLException.class);

        try (Connection superuser = server.connect("postgres", Account.SUPERUSER)) {
            assertThat(single(superuser, "show fsync")).isEqualTo("on");
            assertThat(single(superuser, "show synchronous_commit")).isEqualTo("on");
            assertThat(single(superuser, "show listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(single(superuser, "show unix_socket_directories")).isEmpty();
            assertThat(single(superuser, "select count(*) from pg_hba_file_rules")).isEqualTo("2");
            assertThat(single(superuser, "select count(*) from pg_hba_file_rules where auth_method <> 'scram-sha-256'"
                    + " or type <> 'host' or 'replication' = any(database)")).isEqualTo("0");
            assertThat(single(superuser, """
                    select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls
                        or pg_has_role(oid, 'pg_execute_server_program', 'MEMBER')
                        or pg_has_role(oid, 'schoolscope_owner', 'MEMBER')
                    from pg_roles where rolname = 'schoolscope_app'""")).isEqualTo("f");
            assertThat(single(superuser, "select pg_get_userbyid(datdba) from pg_database where datname = '"
                    + server.database() + "'")).isEqualTo(EmbeddedCredentials.OWNER);
        }
        try (Connection application = server.connect(server.database(), Account.APPLICATION)) {
            assertThat(single(application, "select current_user")).isEqualTo(EmbeddedCredentials.APPLICATION);
        }
        Path data = server.dataDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(EmbeddedCredentials.FILE))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b");

        long postmaster = postmasterPid(data);
        server.close();
        awaitGone(postmaster);
    }

    @Test
    void shouldGiveADataDirectoryMadeByAnEarlierTrustingVersionPasswordsAndAnOwner() throws Exception {
        Path data = folder.resolve("postgres");
        PostgresBinaries binaries = PostgresBinaries.in(BINARIES);
        ServerUser.createPrivateDirectories(data.getParent());
        Files.createDirectory(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                "rwx------")));
        ServerUser.handToServer(data);
        // As the earlier version made it: every local connection trusted, the service's tables in postgres.
        run(binaries, List.of(binaries.program("initdb").toString(), "-A", "trust", "-U", "postgres", "-E", "UTF-8",
                "--locale=C", "-D", data.toString()), null);
        run(binaries, List.of(binaries.program("postgres").toString(), "--single", "-D", data.toString(),
                "postgres"), "create table flyway_schema_history (installed_rank int primary key);\n"
                        + "create table audit_event (id bigserial primary key, detail text);\n");

        EmbeddedPostgres server = start(data);

        assertThat(server.database()).isEqualTo("postgres");
        assertThat(EmbeddedCredentials.readFrom(data).database()).isEqualTo("postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", ""))
                .isInstanceOf(SQLException.class);
        try (Connection owner = server.connect("postgres", Account.OWNER)) {
            assertThat(single(owner, "select string_agg(distinct pg_get_userbyid(relowner), ',') from pg_class"
                    + " where relnamespace = 'public'::regnamespace")).isEqualTo(EmbeddedCredentials.OWNER);
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*\\btrust\\b");
    }

    @Test
    void shouldStopTheServerWhenItsJvmIsKilledAndRemoveItsFolderAtTheNextStart() throws Exception {
        Path area = folder.resolve("test-postgres");
        Process child = startInAnotherJvm("temporary", area);
        String[] ready = readReady(child);
        long postmaster = Long.parseLong(ready[2]);
        Path data = Path.of(ready[3]);
        assertThat(ProcessHandle.of(postmaster)).isPresent();

        child.destroyForcibly().waitFor();

        awaitGone(postmaster);
        assertThat(data).as("a killed JVM cannot delete its folder").exists();
        started.add(EmbeddedPostgres.startTemporary(area, BINARIES));
        assertThat(data).as("removed at the next start").doesNotExist();
    }

    @Test
    void shouldStopAServerLeftRunningWithoutItsWatchdogAtTheNextStart() throws Exception {
        Path data = folder.resolve("postgres");
        Process child = startInAnotherJvm("durable", data);
        long postmaster = Long.parseLong(readReady(child)[2]);
        // The watchdog is the JVM's own child; killed first, the server is left with nobody to stop it.
        for (ProcessHandle watchdog : child.toHandle().children().toList()) {
            watchdog.destroyForcibly();
        }
        child.destroyForcibly().waitFor();
        Thread.sleep(500);
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);

        EmbeddedPostgres server = start(data);

        awaitGone(postmaster);
        assertThat(server.startedHere()).isTrue();
        assertThat(postmasterPid(data)).isNotEqualTo(postmaster);
        try (Connection owner = server.connect(server.database(), Account.OWNER)) {
            assertThat(single(owner, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void shouldJoinTheServerOfALivingOwnerAndLeaveItToStopIt() throws Exception {
        Path data = folder.resolve("postgres");
        Process child = startInAnotherJvm("durable", data);
        String[] ready = readReady(child);
        long postmaster = Long.parseLong(ready[2]);

        EmbeddedPostgres joined = EmbeddedPostgres.startOrJoin(data, BINARIES);

        assertThat(joined.startedHere()).isFalse();
        assertThat(joined.port()).isEqualTo(Integer.parseInt(ready[1]));
        joined.close();
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).contains(true);
        try (OutputStream in = child.getOutputStream()) {
            in.write('\n');
        }
        child.waitFor();
        awaitGone(postmaster);
    }

    private EmbeddedPostgres start(Path data) {
        EmbeddedPostgres server = EmbeddedPostgres.startOrJoin(data, BINARIES);
        started.add(server);
        return server;
    }

    private Process startInAnotherJvm(String mode, Path data) throws IOException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ServerInAnotherJvm.class.getName(), mode, data.toString(),
                BINARIES.toAbsolutePath().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        children.add(child);
        return child;
    }

    private static String[] readReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("ready ")) {
                return line.split(" ");
            }
        }
        throw new IllegalStateException("The other JVM ended before its server was ready");
    }

    private static long postmasterPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }

    private static void awaitGone(long pid) throws InterruptedException {
        // A monotonic timer, not the time of day: this only bounds the wait.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            assertThat(System.nanoTime() - deadline).as("PostgreSQL process " + pid + " stopped").isNegative();
            Thread.sleep(100);
        }
    }

    private static void run(PostgresBinaries binaries, List<String> command, String input) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ServerUser.asServerUser(command)).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", binaries.libraries().toString());
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            if (input != null) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
