package dk.samskab.credit;

import dk.samskab.platform.Dates;
import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.content.CourseImporter;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.organisation.Person;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/** Set-up the completion and credit tests need inside the container: courses, instructors, cohorts. */
@ApplicationScoped
@Transactional
public class CreditFixtures {

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    public void publish(CourseDefinition definition, String instructorEmail) {
        new CourseImporter(em).publish(definition, "test", "test course");
        Course course = em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", definition.code()).getSingleResult();
        course.getInstructors().add(em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
                .setParameter("email", instructorEmail).getSingleResult());
    }

    public long cohort(String code, int seats) {
        CourseVersion version = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", code)
                .setMaxResults(1).getSingleResult();
        Cohort cohort = new Cohort(version, code + " hold", Dates.today(), Dates.today().plusWeeks(4), seats, null);
        em.persist(cohort);
        em.flush();
        return cohort.getId();
    }

    public long enrolledIn(long cohortId, String status) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :c AND e.status = "
                + "dk.samskab.enrolment.EnrolmentStatus." + status, Long.class).setParameter("c", cohortId).getSingleResult();
    }

    public Enrolment enrolment(long id) {
        return em.find(Enrolment.class, id);
    }

    public long certificates(long enrolmentId) {
        return em.createQuery("SELECT COUNT(c) FROM Certificate c WHERE c.enrolment.id = :e", Long.class)
                .setParameter("e", enrolmentId).getSingleResult();
    }

    public long creditAwards(long enrolmentId) {
        return em.createQuery("SELECT COUNT(a) FROM CreditAward a WHERE a.enrolment.id = :e", Long.class)
                .setParameter("e", enrolmentId).getSingleResult();
    }

    /** The enrolment's learning-event log in the order written: the type, and the detail after a space where there is one. */
    public List<String> log(long enrolmentId) {
        return em.createQuery("SELECT ev FROM LearningEvent ev WHERE ev.enrolment.id = :e ORDER BY ev.id",
                dk.samskab.enrolment.LearningEvent.class).setParameter("e", enrolmentId).getResultStream()
                .map(ev -> ev.getDetail() == null ? ev.getType() : ev.getType() + " " + ev.getDetail()).toList();
    }

    /** Runs the calls at the same time on the container's managed threads and waits for them all. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> List<Future<T>> inParallel(List<Callable<T>> calls) throws InterruptedException {
        return executor.invokeAll(calls);
    }
}
