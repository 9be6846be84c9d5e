package dk.samskab.enrolment;

import dk.samskab.catalogue.Course;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The one place that answers whether a caller may teach a course, see its material, or act for a
 * person. Authoring, cohorts, grading, approvals and course files all ask here.
 */
@ApplicationScoped
public class Permissions {

    @PersistenceContext
    EntityManager em;

    /** Admins teach every course; an instructor the courses they are assigned to. */
    public boolean teaches(Caller caller, Course course) {
        return course.isTeachableBy(caller);
    }

    /** The course if the caller teaches it; empty for any other, whether it exists or not. */
    public Optional<Course> taught(Caller caller, String courseCode) {
        return em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", courseCode).getResultStream()
                .findFirst().filter(course -> teaches(caller, course));
    }

    /** The course's teachers, and learners enrolled in it or done with it, may read its material. */
    public boolean maySee(Caller caller, String courseCode) {
        if (taught(caller, courseCode).isPresent()) {
            return true;
        }
        return em.createNamedQuery(Enrolment.READERS, Long.class).setParameter("email", caller.email())
                .setParameter("code", courseCode).getSingleResult() > 0;
    }

    /** A training manager acts for the people who belong to one of the organisations in their scope. */
    public boolean manages(Caller caller, Person person) {
        return caller.isManager() && person.getMemberships().stream()
                .anyMatch(m -> caller.organisationsInScope().contains(m.getOrganisation().getId()));
    }
}
