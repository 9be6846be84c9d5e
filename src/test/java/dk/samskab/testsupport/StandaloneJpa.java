package dk.samskab.testsupport;

import dk.samskab.launcher.DatabaseSettings;
import dk.samskab.platform.DatabaseMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The application's persistence unit outside the container: EclipseLink with local
 * transactions against a freshly migrated schema of the test MariaDB.
 */
public final class StandaloneJpa {

    private StandaloneJpa() {
    }

    public static EntityManagerFactory migratedSchema(String schema) {
        DatabaseSettings database = TestDatabase.schema(schema);
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(database.url());
            dataSource.setUser(database.user());
            dataSource.setPassword(database.password());
            DatabaseMigration.flyway(dataSource).migrate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate " + schema, e);
        }
        return Persistence.createEntityManagerFactory("samskab", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.user(),
                "jakarta.persistence.jdbc.password", database.password(),
                "jakarta.persistence.validation.mode", "NONE"));
    }

    /** Runs work in one transaction and commits it, rolling back if it throws. */
    public static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
