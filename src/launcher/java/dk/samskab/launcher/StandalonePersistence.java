package dk.samskab.launcher;

import dk.samskab.platform.DatabaseMigration;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.util.Map;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The application's persistence unit outside the container (command-line tools and tests):
 * EclipseLink with local transactions, after the Flyway migrations have brought the schema up to date.
 */
public final class StandalonePersistence {

    private StandalonePersistence() {
    }

    public static EntityManagerFactory migratedFactory(DatabaseSettings database) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(database.url());
            dataSource.setUser(database.user());
            dataSource.setPassword(database.password());
            DatabaseMigration.flyway(dataSource).migrate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate the database " + database + ": " + e.getMessage(), e);
        }
        return Persistence.createEntityManagerFactory("samskab", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.user(),
                "jakarta.persistence.jdbc.password", database.password(),
                "jakarta.persistence.validation.mode", "NONE",
                // Room for many transactions at once, as the application server's pool gives (tests contend with 50).
                "eclipselink.connection-pool.default.max", "64"));
    }
}
