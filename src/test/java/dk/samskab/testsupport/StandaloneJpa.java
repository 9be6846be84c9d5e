package dk.samskab.testsupport;

import dk.samskab.catalogue.CourseVersion;
import dk.samskab.content.CourseImporter;
import dk.samskab.launcher.StandalonePersistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The application's persistence unit outside the container: EclipseLink with local
 * transactions against a freshly migrated schema of the test MariaDB.
 */
public final class StandaloneJpa {

    private StandaloneJpa() {
    }

    public static EntityManagerFactory migratedSchema(String schema) {
        return StandalonePersistence.migratedFactory(TestDatabase.schema(schema));
    }

    /** A freshly migrated schema holding the shipped courses of course-content/, imported as the importer does. */
    public static EntityManagerFactory withShippedCourses(String schema) {
        EntityManagerFactory factory = migratedSchema(schema);
        inTransaction(factory, em -> new CourseImporter(em).importFolder(Path.of("course-content"), "test"));
        return factory;
    }

    /** The newest published version of a course. */
    public static CourseVersion latest(EntityManager em, String code) {
        return em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", code)
                .setMaxResults(1).getSingleResult();
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
