package dk.samskab.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive once the database schema has been migrated at start-up. A database that is down later
 * makes the application not ready, but not dead: restarting it would not help.
 */
@Liveness
@ApplicationScoped
public class SchemaLivenessCheck implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database-schema").status(migration.isMigrated()).build();
    }
}
