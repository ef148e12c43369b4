package org.schoolscope.database;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets Flyway run a migration whose version sorts before one the database already has. Modules are built side by
 * side, each numbering its migrations in a range of its own, so one can land after another's higher-numbered
 * migration has shipped; a council's database migrated in between must still take it, where Flyway would otherwise
 * refuse to start, naming it "resolved but not applied".
 */
@Component
class MigrationsLandedLate implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.outOfOrder(true);
    }
}
