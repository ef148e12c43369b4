package org.schoolscope.database;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The jar's {@code backup FILE} and {@code restore FILE [--force]} commands (see {@link DatabaseBackup}). They read
 * the same settings as the service (application properties, environment, the embedded database when none is
 * configured) but start none of its beans: a restore must find its database empty, and the service would migrate it
 * on start. Both connect as the schema owner ({@code spring.flyway.user}); the restore also checks the application's
 * role as the service does, and grants it what the migrations grant.
 */
public final class DatabaseCommands {

    /** The commands this class answers, as the first argument of the jar. */
    public static final Set<String> NAMES = Set.of("backup", "restore");

    private DatabaseCommands() {
    }

    /** Runs one command and returns the exit status: 0 done, 1 refused or failed, 2 wrong usage. */
    public static int run(String command, List<String> arguments, PrintStream out, PrintStream err) {
        List<String> properties = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String argument : arguments) {
            (argument.startsWith("--") && argument.contains("=") ? properties : words).add(argument);
        }
        boolean force = words.remove("--force") && command.equals("restore");
        if (words.size() != 1 || words.get(0).startsWith("--")) {
            err.println("Usage: java -jar schoolscope.jar backup FILE\n"
                    + "       java -jar schoolscope.jar restore FILE [--force]");
            return 2;
        }
        Path file = Path.of(words.get(0)).toAbsolutePath();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).profiles("command").logStartupInfo(false)
                .run(properties.toArray(String[]::new))) {
            Environment environment = context.getEnvironment();
            DataSource owner = dataSource(environment, "spring.flyway.url", "spring.flyway.user",
                    "spring.flyway.password");
            if (command.equals("backup")) {
                DatabaseBackup.Summary summary = DatabaseBackup.backUp(owner, file);
                out.printf("Backed up schema version %s: %d tables, %d rows, to %s%n", summary.schemaVersion(),
                        summary.rows().size(), total(summary.rows()), file);
                return 0;
            }
            if (!Files.isRegularFile(file)) {
                err.println("No backup at " + file);
                return 1;
            }
            DataSource application = dataSource(environment, "spring.datasource.url", "spring.datasource.username",
                    "spring.datasource.password");
            String role = SeparateDatabaseRoles.applicationRole(owner, application);
            Flyway flyway = Flyway.configure().dataSource(owner)
                    .locations(environment.getProperty("spring.flyway.locations", "classpath:db/migration"))
                    .placeholders(Map.of(SeparateDatabaseRoles.PLACEHOLDER, role)).load();
            DatabaseBackup.Summary summary = DatabaseBackup.restore(owner, flyway, file, force);
            out.printf("Restored schema version %s: %d tables, %d rows, from %s; the schema is now migrated to the"
                    + " current version%n", summary.schemaVersion(), summary.rows().size(), total(summary.rows()), file);
            return 0;
        } catch (IllegalStateException | java.io.UncheckedIOException refused) {
            err.println(refused.getMessage());
            return 1;
        }
    }

    private static long total(Map<String, Long> rows) {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    private static DataSource dataSource(Environment environment, String urlProperty, String userProperty,
            String passwordProperty) {
        String url = environment.getProperty(urlProperty, environment.getProperty("spring.datasource.url", ""));
        String user = environment.getProperty(userProperty);
        if (!StringUtils.hasText(url) || !StringUtils.hasText(user)) {
            throw new IllegalStateException("Set " + userProperty + " (and spring.datasource.url) for the backup and"
                    + " restore commands; see the README, \"Running on your own PostgreSQL\"");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(environment.getProperty(passwordProperty, ""));
        return dataSource;
    }

    /** No beans: the commands need only the environment, with the embedded database started or joined. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {
    }
}
