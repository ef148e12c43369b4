package org.schoolscope.database;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries shipped in the zonky Maven artifact, so that a fresh machine needs
 * nothing installed, and set up to keep the promises the service makes about its data:
 * <ul>
 * <li>durable ({@code fsync} on), listening on 127.0.0.1 only, with no Unix socket and no replication connections;
 * every connection signs in with a password (SCRAM), none is trusted;</li>
 * <li>three accounts with generated passwords kept in the data directory, readable by the service's user only
 * ({@link EmbeddedCredentials}): the superuser, which only sets the server up; the schema owner, which runs the
 * migrations and owns every table; and the application's role, which the service connects as;</li>
 * <li>the server never outlives the process that started it: it runs under a small watchdog shell whose standard
 * input is a pipe from this JVM, so when the JVM ends, however it ends, the watchdog stops the server (fast
 * shutdown). A server found running with no living owner (a watchdog killed with its JVM) is stopped at the next
 * start.</li>
 * </ul>
 * PostgreSQL refuses to run as root; when we are root (as on CI machines) the server runs as the unprivileged user
 * {@code nobody} (see {@link ServerUser}).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** Who a connection signs in as. */
    public enum Account {
        /** The server's superuser: sets the server up; tests clean through it. */
        SUPERUSER,
        /** The schema owner: runs the migrations, owns every table, backs up and restores. */
        OWNER,
        /** The service's own connection, with the grants the migrations give it and nothing more. */
        APPLICATION
    }

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String OWNER_FILE = "schoolscope-server.owner";
    private static final String TEMPORARY_PREFIX = "jvm-";
    private static final Map<Integer, EmbeddedPostgres> BY_PORT = new ConcurrentHashMap<>();

    /**
     * Starts the server with its standard input a pipe from this JVM, and stops it (SIGINT: fast shutdown) when
     * that pipe closes: when the JVM stops it, exits or is killed.
     */
    private static final String WATCHDOG = """
            log="$1"; shift
            "$@" </dev/null >>"$log" 2>&1 &
            server=$!
            cat >/dev/null
            kill -INT "$server" 2>/dev/null
            wait "$server"
            """;

    private final PostgresBinaries binaries;
    private final Path dataDirectory;
    private final int port;
    private final Process watchdog;
    private final boolean temporary;
    private final EmbeddedCredentials credentials;
    private final AtomicInteger contextDatabases = new AtomicInteger();

    private EmbeddedPostgres(PostgresBinaries binaries, Path dataDirectory, int port, Process watchdog,
            boolean temporary, EmbeddedCredentials credentials) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.watchdog = watchdog;
        this.temporary = temporary;
        this.credentials = credentials;
    }

    /**
     * Starts a server on the data directory, or joins the one already running there for a process that is still
     * alive (the service, when a command such as {@code user add} runs beside it).
     */
    public static EmbeddedPostgres startOrJoin(Path dataDirectory, Path binariesDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        PostgresBinaries binaries = PostgresBinaries.in(binariesDirectory);
        try {
            ServerUser.createPrivateDirectories(data.getParent());
            try (FileChannel channel = FileChannel.open(data.resolveSibling("." + data.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                Integer runningPort = runningPort(binaries, data);
                if (runningPort != null) {
                    if (ownerAlive(data) && EmbeddedCredentials.existIn(data)) {
                        log.info("Using the PostgreSQL server already running on {} (port {})", data, runningPort);
                        EmbeddedPostgres joined = new EmbeddedPostgres(binaries, data, runningPort, null, false,
                                EmbeddedCredentials.readFrom(data));
                        BY_PORT.put(runningPort, joined);
                        return joined;
                    }
                    stopLeftOver(binaries, data);
                }
                EmbeddedPostgres server = start(binaries, data, false);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
                return server;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    /**
     * A server for this JVM alone (tests and benchmarks), in a fresh folder {@code jvm-PID} under {@code area},
     * deleted with the server when the JVM ends. Folders of JVMs that have ended are removed first, their servers
     * stopped. Each application context then takes a database of its own with {@link #createDatabase()}.
     */
    public static EmbeddedPostgres startTemporary(Path area, Path binariesDirectory) {
        Path root = area.toAbsolutePath().normalize();
        PostgresBinaries binaries = PostgresBinaries.in(binariesDirectory);
        try {
            ServerUser.createPrivateDirectories(root);
            removeLeftovers(binaries, root);
            Path data = root.resolve(TEMPORARY_PREFIX + ProcessHandle.current().pid());
            PostgresBinaries.deleteTree(data);
            EmbeddedPostgres server = start(binaries, data, true);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                deleteQuietly(data);
            }, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start a temporary PostgreSQL under " + root, e);
        }
    }

    /** The server this JVM started or joined on a port, if any (tests find their server's accounts with it). */
    public static Optional<EmbeddedPostgres> onPort(int port) {
        return Optional.ofNullable(BY_PORT.get(port));
    }

    /** A new, empty database owned by the schema owner (one per application context on a temporary server). */
    public String createDatabase() {
        String name = "context_" + contextDatabases.incrementAndGet();
        try (Connection connection = connect("postgres", Account.SUPERUSER);
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + EmbeddedCredentials.OWNER
                    + " template template0");
            restrictDatabase(statement, name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** The database the service keeps its data in. */
    public String database() {
        return credentials.database();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username(Account account) {
        return switch (account) {
            case SUPERUSER -> EmbeddedCredentials.SUPERUSER;
            case OWNER -> EmbeddedCredentials.OWNER;
            case APPLICATION -> EmbeddedCredentials.APPLICATION;
        };
    }

    public String password(Account account) {
        return credentials.password(account);
    }

    /** A plain (unpooled) data source for a database on this server, signed in as the account. */
    public DataSource dataSource(String database, Account account) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(username(account));
        dataSource.setPassword(password(account));
        return dataSource;
    }

    public Connection connect(String database, Account account) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username(account), password(account));
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Whether this JVM started the server (and so stops it), rather than joining another process's. */
    public boolean startedHere() {
        return watchdog != null;
    }

    @Override
    public synchronized void close() {
        if (watchdog == null || !watchdog.isAlive()) {
            BY_PORT.remove(port, this);
            return;
        }
        try {
            watchdog.getOutputStream().close();
            if (!watchdog.waitFor(60, TimeUnit.SECONDS)) {
                log.warn("Embedded PostgreSQL did not stop within a minute; stopping it immediately");
                execute(binaries, ServerUser.asServerUser(List.of(binaries.program("pg_ctl").toString(), "-D",
                        dataDirectory.toString(), "-m", "immediate", "-w", "stop")));
                watchdog.destroyForcibly();
            }
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        BY_PORT.remove(port, this);
    }

    // --- starting ----------------------------------------------------------------------------------------------

    private static EmbeddedPostgres start(PostgresBinaries binaries, Path data, boolean temporary) throws IOException {
        EmbeddedCredentials credentials;
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            credentials = initialise(binaries, data);
        } else if (!EmbeddedCredentials.existIn(data)) {
            credentials = adoptUnprotected(binaries, data);
        } else {
            credentials = EmbeddedCredentials.readFrom(data);
        }
        writeAccessRules(data);
        Files.deleteIfExists(data.resolve(OWNER_FILE));
        IllegalStateException lastFailure = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            Process watchdog = launch(binaries, data, port, temporary);
            try {
                awaitReady(data, port, watchdog);
            } catch (IllegalStateException notStarted) {
                lastFailure = notStarted;
                watchdog.getOutputStream().close();
                continue;
            }
            writeOwner(data);
            EmbeddedPostgres server = new EmbeddedPostgres(binaries, data, port, watchdog, temporary, credentials);
            BY_PORT.put(port, server);
            try {
                EmbeddedCredentials settled = server.setUpAccounts();
                if (!settled.equals(credentials)) {
                    settled.writeTo(data);
                    server = new EmbeddedPostgres(binaries, data, port, watchdog, temporary, settled);
                    BY_PORT.put(port, server);
                }
            } catch (SQLException | RuntimeException e) {
                server.close();
                throw new IllegalStateException("The embedded PostgreSQL started but its accounts could not be set"
                        + " up: " + e.getMessage(), e);
            }
            log.info("Started embedded PostgreSQL on port {} with data in {}", port, data);
            return server;
        }
        throw lastFailure;
    }

    /** A new data directory: initdb with a generated superuser password and password sign-in only. */
    private static EmbeddedCredentials initialise(PostgresBinaries binaries, Path data) throws IOException {
        EmbeddedCredentials credentials = EmbeddedCredentials.generate(EmbeddedCredentials.DATABASE);
        ServerUser.createPrivateDirectories(data.getParent());
        PostgresBinaries.deleteTree(data);
        Files.createDirectory(data, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        ServerUser.handToServer(data);
        // initdb reads the superuser's password from a file the server user can read; it is removed at once.
        Path passwordFile = Files.createTempFile(data.getParent(), ".initdb-", ".tmp");
        try {
            ServerUser.makeSecretFile(passwordFile);
            Files.writeString(passwordFile, credentials.superuserPassword() + "\n");
            ServerUser.handToServer(passwordFile);
            run(binaries, ServerUser.asServerUser(List.of(binaries.program("initdb").toString(), "-A",
                    "scram-sha-256", "-U", EmbeddedCredentials.SUPERUSER, "--pwfile=" + passwordFile, "-E", "UTF-8",
                    "--locale=C", "-D", data.toString())));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
        credentials.writeTo(data);
        return credentials;
    }

    /**
     * A data directory made before the server had passwords (every local connection was trusted): in single-user
     * mode, with no server listening, the superuser is given a password; the accounts and ownership are then set up
     * as for any start.
     */
    private static EmbeddedCredentials adoptUnprotected(PostgresBinaries binaries, Path data) throws IOException {
        log.warn("The embedded database in {} has no passwords (it was made by an earlier version that trusted every"
                + " local connection); giving it generated passwords and separate roles now", data);
        EmbeddedCredentials credentials = EmbeddedCredentials.generate(EmbeddedCredentials.DATABASE);
        ProcessBuilder builder = new ProcessBuilder(ServerUser.asServerUser(List.of(binaries.program("postgres")
                .toString(), "--single", "-D", data.toString(), "-c", "exit_on_error=true", "-c",
                "password_encryption=scram-sha-256", "template1"))).redirectErrorStream(true);
        environment(builder, binaries);
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(("ALTER ROLE " + EmbeddedCredentials.SUPERUSER + " PASSWORD '" + credentials.superuserPassword()
                    + "';\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0 || output.contains("ERROR")) {
                throw new IllegalStateException("Could not give the embedded database's superuser a password: "
                        + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while protecting " + data, e);
        }
        credentials.writeTo(data);
        return credentials;
    }

    /** Password (SCRAM) sign-in over loopback only: no trusted connection, no socket, no replication. */
    private static void writeAccessRules(Path data) throws IOException {
        Path rules = data.resolve("pg_hba.conf");
        String content = """
                # Written by Schoolscope at each start of its embedded PostgreSQL: every connection signs in with a
                # password (SCRAM), over loopback only. No line trusts a connection, no Unix socket is opened and no
                # line allows replication.
                host  all  all  127.0.0.1/32  scram-sha-256
                host  all  all  ::1/128       scram-sha-256
                """;
        Files.writeString(rules, content, StandardCharsets.UTF_8);
        ServerUser.handToServer(rules);
    }

    private static Process launch(PostgresBinaries binaries, Path data, int port, boolean temporary)
            throws IOException {
        List<String> server = new ArrayList<>(List.of(binaries.program("postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                "-c", "password_encryption=scram-sha-256"));
        if (temporary) {
            // A temporary server's data is deleted when its JVM ends, so durability would buy nothing; the many
            // contexts of a test run each hold a small pool.
            server.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "max_connections=300"));
        } else {
            server.addAll(List.of("-c", "fsync=on", "-c", "synchronous_commit=on", "-c", "full_page_writes=on",
                    "-c", "max_connections=50"));
        }
        List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "schoolscope-postgres",
                data.resolve("server.log").toString()));
        command.addAll(server);
        ProcessBuilder builder = new ProcessBuilder(ServerUser.asServerUser(command))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        environment(builder, binaries);
        return builder.start();
    }

    private static void awaitReady(Path data, int port, Process watchdog) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        Path pidFile = data.resolve("postmaster.pid");
        while (Instant.now().isBefore(deadline)) {
            if (!watchdog.isAlive()) {
                throw new IllegalStateException("The embedded PostgreSQL did not start: " + logTail(data));
            }
            if (Files.exists(pidFile)) {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() > 7 && lines.get(3).trim().equals(Integer.toString(port))
                        && lines.get(7).trim().equals("ready")) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while the embedded PostgreSQL started", e);
            }
        }
        throw new IllegalStateException("The embedded PostgreSQL did not start within 90 seconds: " + logTail(data));
    }

    private static String logTail(Path data) {
        try {
            List<String> lines = Files.readAllLines(data.resolve("server.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    /**
     * The accounts, the service's database and who owns what, set at every start (each step is a no-op once done):
     * the owner and the application's role exist with their passwords and no special attributes; the database
     * belongs to the owner, and only the owner and the application may connect to it; anything left to the superuser
     * by an earlier version becomes the owner's. Returns the credentials with the database settled.
     */
    private EmbeddedCredentials setUpAccounts() throws SQLException {
        String database = credentials.database();
        try (Connection connection = connect("postgres", Account.SUPERUSER);
                Statement statement = connection.createStatement()) {
            for (String role : List.of(EmbeddedCredentials.OWNER, EmbeddedCredentials.APPLICATION)) {
                if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
                    statement.execute("create role " + role);
                }
                statement.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole"
                        + " noreplication nobypassrls");
            }
            PGConnection pg = connection.unwrap(PGConnection.class);
            pg.alterUserPassword(EmbeddedCredentials.OWNER, credentials.ownerPassword().toCharArray(),
                    "scram-sha-256");
            pg.alterUserPassword(EmbeddedCredentials.APPLICATION, credentials.applicationPassword().toCharArray(),
                    "scram-sha-256");
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                if (exists(connection, "select 1 from pg_class where relname = 'flyway_schema_history'"
                        + " and relnamespace = 'public'::regnamespace", null)) {
                    // Made by an earlier version, which kept the service's tables in the postgres database.
                    database = "postgres";
                } else {
                    statement.execute("create database " + database + " owner " + EmbeddedCredentials.OWNER
                            + " template template0");
                }
            }
            statement.execute("alter database " + database + " owner to " + EmbeddedCredentials.OWNER);
            restrictDatabase(statement, database);
        }
        try (Connection connection = connect(database, Account.SUPERUSER);
                Statement statement = connection.createStatement()) {
            statement.execute(ADOPT_OBJECTS);
        }
        return credentials.withDatabase(database);
    }

    /** Hands every object in the public schema that the superuser still owns to the schema owner. */
    private static final String ADOPT_OBJECTS = """
            do $$
            declare
                item record;
            begin
                for item in
                    select c.oid::regclass as name, c.relkind from pg_class c
                    where c.relnamespace = 'public'::regnamespace and c.relowner <> 'schoolscope_owner'::regrole
                        and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                        and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                            and d.objid = c.oid and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))
                loop
                    execute format('alter %s %s owner to schoolscope_owner', case item.relkind
                        when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table'
                        when 'S' then 'sequence' else 'table' end, item.name);
                end loop;
                for item in
                    select p.oid::regprocedure as name from pg_proc p
                    where p.pronamespace = 'public'::regnamespace and p.proowner <> 'schoolscope_owner'::regrole
                loop
                    execute format('alter routine %s owner to schoolscope_owner', item.name);
                end loop;
            end;
            $$""";

    private static void restrictDatabase(Statement statement, String database) throws SQLException {
        statement.execute("revoke all on database " + database + " from public");
        statement.execute("grant connect, temporary on database " + database + " to " + EmbeddedCredentials.APPLICATION);
    }

    private static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    // --- left-over servers -------------------------------------------------------------------------------------

    private static void writeOwner(Path data) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Files.writeString(data.resolve(OWNER_FILE), self.pid() + " "
                + self.info().startInstant().map(Instant::toString).orElse("-") + "\n");
    }

    /** Whether the process that started the server in {@code data} is still running. */
    static boolean ownerAlive(Path data) {
        try {
            String[] owner = Files.readString(data.resolve(OWNER_FILE)).trim().split(" ");
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(owner[0]));
            return process.isPresent() && process.get().isAlive() && (owner[1].equals("-")
                    || process.get().info().startInstant().map(Instant::toString).map(owner[1]::equals).orElse(true));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void stopLeftOver(PostgresBinaries binaries, Path data) throws IOException {
        log.warn("Stopping the PostgreSQL server in {}, left running by a process that has ended", data);
        ProcessResult stopped = execute(binaries, ServerUser.asServerUser(List.of(binaries.program("pg_ctl")
                .toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop")));
        if (stopped.exitCode() != 0) {
            run(binaries, ServerUser.asServerUser(List.of(binaries.program("pg_ctl").toString(), "-D",
                    data.toString(), "-m", "immediate", "-w", "stop")));
        }
    }

    /** Stops the servers and deletes the folders of temporary servers whose JVMs have ended. */
    private static void removeLeftovers(PostgresBinaries binaries, Path area) throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(area)) {
            folders = children.filter(path -> path.getFileName().toString().startsWith(TEMPORARY_PREFIX)).toList();
        }
        for (Path folder : folders) {
            if (ownerAlive(folder)) {
                continue;
            }
            if (runningPort(binaries, folder) != null) {
                stopLeftOver(binaries, folder);
            }
            log.info("Removing {}, left by a process that has ended", folder);
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            PostgresBinaries.deleteTree(folder);
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", folder, e.getMessage());
        }
    }

    private static Integer runningPort(PostgresBinaries binaries, Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        ProcessResult status = execute(binaries, ServerUser.asServerUser(List.of(binaries.program("pg_ctl").toString(),
                "-D", data.toString(), "status")));
        if (status.exitCode() != 0) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        // The fourth line of postmaster.pid is the port the running server listens on.
        return lines.size() > 3 ? Integer.valueOf(lines.get(3).trim()) : null;
    }

    // --- processes ---------------------------------------------------------------------------------------------

    private record ProcessResult(int exitCode, String output) {
    }

    private static void run(PostgresBinaries binaries, List<String> command) throws IOException {
        ProcessResult result = execute(binaries, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("Command " + command + " failed (exit " + result.exitCode() + "): "
                    + result.output());
        }
    }

    private static ProcessResult execute(PostgresBinaries binaries, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        environment(builder, binaries);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new ProcessResult(-1, "timed out: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ProcessResult(-1, "interrupted");
        }
        return new ProcessResult(process.exitValue(), output);
    }

    private static void environment(ProcessBuilder builder, PostgresBinaries binaries) {
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LD_LIBRARY_PATH", binaries.libraries().toString());
        // No password or service file of the user's may change how the tools connect.
        builder.environment().remove("PGPASSWORD");
        builder.environment().remove("PGSERVICE");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
