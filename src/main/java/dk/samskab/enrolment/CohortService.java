package dk.samskab.enrolment;

import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.organisation.Organisation;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Cohorts as the course's instructors run them: created on the latest published version, with
 * dates, seats, an optional key, approval and the organisations they are for. More seats give
 * the waitlist its places at once; fewer seats than learners already enrolled are refused.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    /** What an instructor sets for a cohort. */
    public record Settings(String name, LocalDate startsOn, LocalDate endsOn, Integer capacity, String key, boolean approval,
            List<String> organisationCodes) {
    }

    /** A cohort with its numbers, for the instructor's list. */
    public record Row(Cohort cohort, long enrolled, long waitlisted, long pending) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EnrolmentNotice> notices;

    @Inject
    Permissions permissions;

    public List<Row> cohorts(Caller caller, String courseCode) {
        course(caller, courseCode);
        return em.createQuery("SELECT c FROM Cohort c WHERE c.courseVersion.course.code = :code ORDER BY c.startsOn, c.name",
                Cohort.class).setParameter("code", courseCode).getResultList().stream()
                .map(c -> new Row(c, count(c, EnrolmentStatus.ENROLLED) + count(c, EnrolmentStatus.COMPLETED),
                        count(c, EnrolmentStatus.WAITLISTED), count(c, EnrolmentStatus.PENDING)))
                .toList();
    }

    /** The cohort, if it belongs to a course the caller teaches. */
    public Cohort cohort(Caller caller, long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null) {
            throw new EnrolmentException(EnrolmentException.Reason.NOT_YOUR_COURSE);
        }
        course(caller, cohort.getCourseVersion().getCourse().getCode());
        return cohort;
    }

    public Cohort create(Caller caller, String courseCode, Settings settings) {
        course(caller, courseCode);
        check(settings);
        CourseVersion latest = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", courseCode)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.COURSE_NOT_PUBLISHED));
        Cohort cohort = new Cohort(latest, settings.name().strip(), settings.startsOn(), settings.endsOn(), settings.capacity(),
                settings.key());
        cohort.change(settings.name().strip(), settings.startsOn(), settings.endsOn(), settings.capacity(), settings.key(),
                settings.approval(), organisations(settings));
        cohort.newInviteToken();
        em.persist(cohort);
        return cohort;
    }

    public Cohort update(Caller caller, long cohortId, Settings settings) {
        Cohort cohort = cohort(caller, cohortId);
        check(settings);
        // Locked before it changes: seats are decided one request at a time, as in Enrolments.
        em.lock(cohort, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Enrolments rules = new Enrolments(em);
        long enrolled = count(cohort, EnrolmentStatus.ENROLLED) + count(cohort, EnrolmentStatus.COMPLETED);
        if (settings.capacity() != null && settings.capacity() < enrolled) {
            throw new EnrolmentException(EnrolmentException.Reason.COHORT_BELOW_ENROLLED);
        }
        cohort.change(settings.name().strip(), settings.startsOn(), settings.endsOn(), settings.capacity(), settings.key(),
                settings.approval(), organisations(settings));
        em.flush();
        rules.promoteWhileSeatsFree(cohort)
                .forEach(e -> notices.fire(EnrolmentNotice.of(EnrolmentNotice.Kind.PROMOTED, e)));
        return cohort;
    }

    /** Enrolments of the cohort, for the participants' overview. */
    public List<Enrolment> enrolments(Caller caller, long cohortId) {
        Cohort cohort = cohort(caller, cohortId);
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.person WHERE e.cohort = :cohort ORDER BY e.person.fullName",
                Enrolment.class).setParameter("cohort", cohort).getResultList();
    }

    private static void check(Settings settings) {
        if (settings.name() == null || settings.name().isBlank()) {
            throw new EnrolmentException(EnrolmentException.Reason.COHORT_NAME_MISSING);
        }
        if (settings.startsOn() == null || settings.endsOn() == null || settings.endsOn().isBefore(settings.startsOn())) {
            throw new EnrolmentException(EnrolmentException.Reason.COHORT_DATES);
        }
        if (settings.capacity() != null && (settings.capacity() < 1 || settings.capacity() > 10_000)) {
            throw new EnrolmentException(EnrolmentException.Reason.COHORT_CAPACITY);
        }
    }

    private List<Organisation> organisations(Settings settings) {
        return settings.organisationCodes() == null ? List.of() : settings.organisationCodes().stream()
                .map(code -> em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                        .setParameter("code", code).getResultStream().findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
    }

    private long count(Cohort cohort, EnrolmentStatus status) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.cohort = :cohort AND e.status = :status", Long.class)
                .setParameter("cohort", cohort).setParameter("status", status).getSingleResult();
    }

    private Course course(Caller caller, String code) {
        return permissions.taught(caller, code).orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.NOT_YOUR_COURSE));
    }
}
