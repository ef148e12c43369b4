package org.schoolscope.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.schoolscope.database.EmbeddedPostgres.Account;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, starts (or joins) the embedded PostgreSQL and points the standard
 * properties at it: the service's datasource at the application's role, Flyway at the schema owner. Setting
 * {@code spring.datasource.url} uses a real server instead.
 * <p>
 * {@code schoolscope.embedded-database.temporary=true} (tests and benchmarks) starts one throwaway server per JVM
 * under the data directory, deleted when the JVM ends, and gives each application context a new database on it.
 */
public final class EmbeddedDatabaseInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
                || !environment.getProperty("schoolscope.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("schoolscope.embedded-database.data-directory",
                "var/postgres")).toAbsolutePath().normalize();
        String configuredBinaries = environment.getProperty("schoolscope.embedded-database.binaries-directory");
        Path binaries = StringUtils.hasText(configuredBinaries) ? Path.of(configuredBinaries).toAbsolutePath()
                .normalize() : dataDirectory.resolveSibling("postgres-binaries");
        boolean temporary = environment.getProperty("schoolscope.embedded-database.temporary", Boolean.class, false);
        EmbeddedPostgres server = RUNNING.computeIfAbsent(dataDirectory, directory -> temporary
                ? EmbeddedPostgres.startTemporary(directory, binaries)
                : EmbeddedPostgres.startOrJoin(directory, binaries));
        String database = temporary ? server.createDatabase() : server.database();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl(database));
        properties.put("spring.datasource.username", server.username(Account.APPLICATION));
        properties.put("spring.datasource.password", server.password(Account.APPLICATION));
        properties.put("spring.flyway.url", server.jdbcUrl(database));
        properties.put("spring.flyway.user", server.username(Account.OWNER));
        properties.put("spring.flyway.password", server.password(Account.OWNER));
        properties.put("schoolscope.embedded-database.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
    }
}
