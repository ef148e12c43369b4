package org.schoolscope.database;

import java.nio.file.Path;

/**
 * Started by {@link EmbeddedPostgresTest} as a separate JVM: starts an embedded server (durable in the folder given,
 * or temporary under it), prints its port and the postmaster's process id, and waits to be killed or told to exit.
 */
public final class ServerInAnotherJvm {

    private ServerInAnotherJvm() {
    }

    public static void main(String[] args) throws Exception {
        boolean temporary = args[0].equals("temporary");
        Path data = Path.of(args[1]);
        Path binaries = Path.of(args[2]);
        EmbeddedPostgres server = temporary ? EmbeddedPostgres.startTemporary(data, binaries)
                : EmbeddedPostgres.startOrJoin(data, binaries);
        String postmaster = java.nio.file.Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).get(0);
        System.out.println("ready " + server.port() + " " + postmaster + " " + server.dataDirectory());
        System.out.flush();
        // Exits when its standard input closes or says so; a test that kills it never gets that far.
        System.in.read();
        System.exit(0);
    }
}
