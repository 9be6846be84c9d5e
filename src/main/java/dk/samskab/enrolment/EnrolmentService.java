package dk.samskab.enrolment;

import dk.samskab.catalogue.CourseVersion;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Enrolment for signed-in learners; every call names the caller, who can only touch their own enrolments. */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PeopleService people;

    public List<CohortView> openCohorts(String courseCode) {
        Enrolments rules = new Enrolments(em);
        return em.createNamedQuery(Cohort.OF_COURSE, Cohort.class).setParameter("code", courseCode)
                .setParameter("today", LocalDate.now()).getResultList().stream()
                .map(c -> new CohortView(c.getId(), c.getName(), c.getStartsOn(), c.getEndsOn(), c.getCapacity(),
                        c.getCapacity() == null ? null : rules.seatsLeft(c), c.hasKey()))
                .toList();
    }

    public Enrolment enrolSelfPaced(String email, String courseCode) {
        CourseVersion latest = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class)
                .setParameter("code", courseCode).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.UNKNOWN_COHORT));
        return new Enrolments(em).enrolSelfPaced(person(email), latest);
    }

    public Enrolment enrolInCohort(String email, long cohortId, String key) {
        return new Enrolments(em).enrolInCohort(person(email), cohortId, key);
    }

    /** Withdraws the caller's enrolment; returns the learner promoted from the waitlist, if any. */
    public Optional<String> withdraw(String email, long enrolmentId) {
        return new Enrolments(em).withdraw(own(email, enrolmentId)).map(e -> e.getPerson().getFullName());
    }

    public List<Enrolment> enrolmentsOf(String email) {
        return em.createNamedQuery(Enrolment.OF_PERSON, Enrolment.class).setParameter("email", email.toLowerCase())
                .getResultList();
    }

    public Optional<Enrolment> enrolmentIn(String email, String courseCode) {
        return enrolmentsOf(email).stream().filter(e -> e.getCourseVersion().getCourse().getCode().equals(courseCode))
                .findFirst();
    }

    /** The caller's own enrolment; someone else's id is answered as if it did not exist. */
    public Enrolment own(String email, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !enrolment.getPerson().getEmail().equalsIgnoreCase(email)) {
            throw new EnrolmentException(EnrolmentException.Reason.NOT_ENROLLED);
        }
        return enrolment;
    }

    /** Requests waiting for approval, oldest first, for instructors. */
    public List<Enrolment> pendingRequests() {
        return em.createNamedQuery(Enrolment.PENDING, Enrolment.class).getResultList();
    }

    public Enrolment approve(long enrolmentId, String by) {
        return new Enrolments(em).approve(pendingOrFail(enrolmentId), by);
    }

    public Enrolment reject(long enrolmentId, String by, String reason) {
        return new Enrolments(em).reject(pendingOrFail(enrolmentId), by, reason);
    }

    private Enrolment pendingOrFail(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new EnrolmentException(EnrolmentException.Reason.NOT_PENDING);
        }
        return enrolment;
    }

    /** Whether the learner was moved up from a waitlist, for the notice on their page. */
    public boolean wasPromoted(Enrolment enrolment) {
        return em.createNamedQuery(LearningEvent.OF_ENROLMENT, LearningEvent.class).setParameter("enrolment", enrolment)
                .getResultStream().anyMatch(e -> e.getType() == LearningEventType.PROMOTED_FROM_WAITLIST);
    }

    private Person person(String email) {
        return people.findByEmail(email).orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.NOT_ENROLLED));
    }
}
