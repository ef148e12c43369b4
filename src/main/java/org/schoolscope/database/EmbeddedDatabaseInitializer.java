package org.schoolscope.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, starts (or joins) the embedded PostgreSQL and points the
 * standard datasource properties at it. Setting {@code spring.datasource.url} uses a real server instead.
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
        EmbeddedPostgres server = RUNNING.computeIfAbsent(dataDirectory, EmbeddedPostgres::startOrJoin);
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", server.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "schoolscope.embedded-database.active", "true")));
    }
}
