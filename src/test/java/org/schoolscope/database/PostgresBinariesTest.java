package org.schoolscope.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the server's binaries are unpacked into a folder of the service's own and checked before anything in
 * it runs. A folder someone else made first, or one they could write, is refused and nothing in it is run; one of
 * ours whose files were altered is unpacked again from the archive. The "attacker's" pg_ctl here only leaves a mark.
 */
class PostgresBinariesTest {

    private final Path parent = Path.of("target", "binaries-test", UUID.randomUUID().toString()).toAbsolutePath();

    @AfterEach
    void remove() throws IOException {
        PostgresBinaries.deleteTree(parent);
    }

    /**
     * The shared test binaries, checked, copied with their modes into this test's own folder (quicker than
     * unpacking the archive again), as {@link PostgresBinaries#in} left them.
     */
    private PostgresBinaries ours() throws IOException {
        Path unpacked = PostgresBinaries.in(EmbeddedPostgresTest.BINARIES).folder();
        Path copy = parent.resolve(unpacked.getFileName());
        ServerUser.createPrivateDirectories(parent);
        try (Stream<Path> paths = Files.walk(unpacked)) {
            for (Path path : paths.toList()) {
                Files.copy(path, copy.resolve(unpacked.relativize(path).toString()), LinkOption.NOFOLLOW_LINKS,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return PostgresBinaries.in(parent);
    }

    @Test
    void shouldUnpackIntoAFolderOfItsOwnAndFindItIntactTheNextTime() throws Exception {
        PostgresBinaries first = PostgresBinaries.in(parent);
        Path pgCtl = first.program("pg_ctl");
        assertThat(pgCtl).isExecutable();
        assertThat(Files.getAttribute(first.folder(), "unix:uid")).isEqualTo(ServerUser.currentUid());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.folder())))
                .isEqualTo(ServerUser.root() ? "rwxr-xr-x" : "rwx------");
        long modified = Files.getLastModifiedTime(pgCtl).toMillis();

        PostgresBinaries again = PostgresBinaries.in(parent);

        assertThat(again.folder()).isEqualTo(first.folder());
        assertThat(Files.getLastModifiedTime(pgCtl).toMillis()).as("not unpacked again").isEqualTo(modified);
    }

    @Test
    void shouldUnpackAgainRatherThanRunAnAlteredProgramOrLoadAnAddedLibrary() throws Exception {
        PostgresBinaries binaries = ours();
        Path mark = parent.resolve("pg_ctl-was-run");
        byte[] original = Files.readAllBytes(binaries.program("pg_ctl"));
        Files.writeString(binaries.program("pg_ctl"), "#!/bin/sh\ntouch " + mark + "\n");
        Path planted = binaries.libraries().resolve("libc.so.6");
        Files.writeString(planted, "not a library");

        PostgresBinaries checked = PostgresBinaries.in(parent);

        assertThat(Files.readAllBytes(checked.program("pg_ctl"))).isEqualTo(original);
        assertThat(planted).doesNotExist();
        assertThat(mark).doesNotExist();
    }

    @Test
    void shouldRefuseAFolderThatBelongsToAnotherUserAndRunNothingInIt() throws Exception {
        PostgresBinaries ours = ours();
        Path mark = parent.resolve("pg_ctl-was-run");
        Files.writeString(ours.program("pg_ctl"), "#!/bin/sh\ntouch " + mark + "\n");
        int someoneElse = ServerUser.currentUid() == 0 ? ServerUser.UNPRIVILEGED_ID : 0;
        if (ServerUser.root()) {
            // Really theirs: handed to nobody, as a local user who made the folder first would have it.
            Files.setAttribute(ours.folder(), "unix:uid", someoneElse);
            assertThatThrownBy(() -> PostgresBinaries.in(parent)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("belongs to user id " + someoneElse).hasMessageContaining("was not used");
        } else {
            // Not root: we cannot give a folder away, so we ask the check to trust only someone else.
            assertThatThrownBy(() -> PostgresBinaries.in(parent, someoneElse)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("belongs to user id " + ServerUser.currentUid());
        }
        assertThat(mark).doesNotExist();
        assertThat(Files.readString(ours.program("pg_ctl"))).as("left as it was found").contains("touch");
    }

    @Test
    void shouldRefuseAFolderOtherUsersMayWrite() throws Exception {
        PostgresBinaries ours = ours();
        Files.setPosixFilePermissions(ours.folder(), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThatThrownBy(() -> PostgresBinaries.in(parent)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may be written by other users");
    }
}
