package dk.samskab.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Published courses, newest version of each, for the public catalogue pages. */
@ApplicationScoped
public class CatalogueService {

    @PersistenceContext
    EntityManager em;

    public List<PublishedCourse> publishedCourses() {
        return em.createNamedQuery(CourseVersion.LATEST_OF_EACH, CourseVersion.class).getResultList()
                .stream().map(CatalogueService::view).toList();
    }

    /**
     * Parses every stored version once, at start-up: pages then find each course's definition in
     * memory and never need its document from the database.
     */
    public int parseAll() {
        List<CourseVersion> versions = em.createQuery("SELECT v FROM CourseVersion v", CourseVersion.class).getResultList();
        versions.forEach(CourseVersion::definition);
        return versions.size();
    }

    public Optional<PublishedCourse> latest(String code) {
        return em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst().map(CatalogueService::view);
    }

    private static PublishedCourse view(CourseVersion version) {
        return new PublishedCourse(version.definition(), version.getVersionNumber(),
                version.getPublishedAt(),
                version.getAwardingProvider() == null ? null : version.getAwardingProvider().getName());
    }
}
