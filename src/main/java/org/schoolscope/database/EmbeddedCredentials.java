package org.schoolscope.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's accounts and their generated passwords, kept in the data directory in a file only the
 * service's user may read ({@code schoolscope-credentials.properties}, mode 0600). Three accounts: the server's
 * superuser (used only to set the server up, and by tests to clean up), the schema owner (runs the migrations and
 * owns every table) and the application's role (the service's own connection, with only the grants it needs).
 *
 * @param database the database the service keeps its data in ({@code postgres} in a data directory made before
 *     there were roles, {@code schoolscope} since)
 */
record EmbeddedCredentials(String database, String superuserPassword, String ownerPassword,
        String applicationPassword) {

    static final String SUPERUSER = "postgres";
    static final String OWNER = "schoolscope_owner";
    static final String APPLICATION = "schoolscope_app";
    static final String DATABASE = "schoolscope";
    static final String FILE = "schoolscope-credentials.properties";

    EmbeddedCredentials {
        for (String value : new String[] {database, superuserPassword, ownerPassword, applicationPassword}) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("The embedded database's credentials file is incomplete");
            }
        }
    }

    static EmbeddedCredentials generate(String database) {
        return new EmbeddedCredentials(database, password(), password(), password());
    }

    EmbeddedCredentials withDatabase(String name) {
        return new EmbeddedCredentials(name, superuserPassword, ownerPassword, applicationPassword);
    }

    String password(EmbeddedPostgres.Account account) {
        return switch (account) {
            case SUPERUSER -> superuserPassword;
            case OWNER -> ownerPassword;
            case APPLICATION -> applicationPassword;
        };
    }

    static boolean existIn(Path dataDirectory) {
        return Files.isRegularFile(dataDirectory.resolve(FILE));
    }

    static EmbeddedCredentials readFrom(Path dataDirectory) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDirectory.resolve(FILE), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's credentials in " + dataDirectory
                    + " (they are readable only by the user who created the database)", e);
        }
        return new EmbeddedCredentials(properties.getProperty("database"), properties.getProperty("superuser.password"),
                properties.getProperty("owner.password"), properties.getProperty("application.password"));
    }

    /** Writes the file atomically, created 0600 before any password is in it. */
    void writeTo(Path dataDirectory) {
        Path target = dataDirectory.resolve(FILE);
        Path partial = dataDirectory.resolve(FILE + ".partial");
        Properties properties = new Properties();
        properties.setProperty("database", database);
        properties.setProperty("superuser", SUPERUSER);
        properties.setProperty("superuser.password", superuserPassword);
        properties.setProperty("owner", OWNER);
        properties.setProperty("owner.password", ownerPassword);
        properties.setProperty("application", APPLICATION);
        properties.setProperty("application.password", applicationPassword);
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial);
            ServerUser.makeSecretFile(partial);
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(writer, "The embedded database's accounts, generated when it was set up."
                        + " Keep this file private: it opens the database.");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database's credentials in " + dataDirectory, e);
        }
    }

    private static String password() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[database=" + database + ", passwords hidden]";
    }
}
