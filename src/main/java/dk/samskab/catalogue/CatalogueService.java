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

    public Optional<PublishedCourse> latest(String code) {
        return em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", code)
                .setMaxResults(1).getResultStream().findFirst().map(CatalogueService::view);
    }

    /** The latest version of a course for one of its instructors (or an admin); empty for anyone else. */
    public Optional<PublishedCourse> latestForInstructor(String code, String email, boolean admin) {
        boolean teaches = em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", code).getResultStream()
                .findFirst().map(c -> admin || c.isTaughtBy(email)).orElse(false);
        return teaches ? latest(code) : Optional.empty();
    }

    /** Whether the person with that e-mail is one of the course's instructors. */
    public boolean isTaughtBy(String code, String email) {
        return email != null && em.createNamedQuery(Course.CODES_TAUGHT_BY, String.class)
                .setParameter("email", email.toLowerCase()).getResultList().contains(code);
    }

    private static PublishedCourse view(CourseVersion version) {
        return new PublishedCourse(version.definition(), version.getVersionNumber(),
                version.getPublishedAt(),
                version.getAwardingProvider() == null ? null : version.getAwardingProvider().getName());
    }
}
