package org.schoolscope.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who the embedded server runs as, and the folders and files it is given. PostgreSQL refuses to run as root; when
 * the service is root (as on CI machines) the server runs as the unprivileged user {@code nobody} through
 * {@code setpriv}, and what it must read is made readable to it but writable by root only. Otherwise everything is
 * the service user's and private to it (folders 0700, files 0600 or 0700).
 */
final class ServerUser {

    static final int UNPRIVILEGED_ID = 65534;

    private ServerUser() {
    }

    static boolean root() {
        return currentUid() == 0;
    }

    /** The user id this process runs as: the owner of {@code /proc/self}. */
    static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tell which user this process runs as", e);
        }
    }

    /** The command, run as the server's user: through setpriv when we are root. */
    static List<String> asServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
                    "--clear-groups", "--"));
        }
        full.addAll(command);
        return full;
    }

    /** Creates the folder and any missing parents, each new one private to us (readable by the server if root). */
    static void createPrivateDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        if (absolute.getParent() != null) {
            createPrivateDirectories(absolute.getParent());
        }
        createPrivateDirectory(absolute);
    }

    static void createPrivateDirectory(Path folder) throws IOException {
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                    root() ? "rwxr-xr-x" : "rwx------")));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
        }
    }

    /** Our file, readable (and runnable, if a program) by the server user when we are root, written by us only. */
    static void makePrivateFile(Path file, boolean executable) throws IOException {
        String mode = (executable ? "rwx" : "rw-") + (root() ? (executable ? "r-xr-x" : "r--r--") : "------");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
    }

    /** A file only we may read: passwords. */
    static void makeSecretFile(Path file) throws IOException {
        Files.setPosixFilePermissions(file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    /**
     * Hands a path to the server user when we are root (recursively for a folder). For a folder, checks first that
     * {@code nobody} can reach it through every folder above it.
     */
    static void handToServer(Path path) throws IOException {
        if (!root()) {
            return;
        }
        for (Path ancestor = Files.isDirectory(path) ? path.toAbsolutePath().getParent() : null; ancestor != null;
                ancestor = ancestor.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(ancestor);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("The embedded database runs as the user 'nobody' when started by root,"
                        + " and 'nobody' cannot enter " + ancestor + ". Set schoolscope.embedded-database.data-directory"
                        + " to a folder outside it, or start the service as an ordinary user.");
            }
        }
        chown(path);
    }

    private static void chown(Path path) throws IOException {
        Process chown = new ProcessBuilder("chown", "-R", UNPRIVILEGED_ID + ":" + UNPRIVILEGED_ID, path.toString())
                .redirectErrorStream(true).start();
        String output = new String(chown.getInputStream().readAllBytes());
        try {
            if (chown.waitFor() != 0) {
                throw new IOException("chown " + path + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while handing " + path + " to the server user", e);
        }
    }
}
