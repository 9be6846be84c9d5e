package dk.samskab.enrolment;

import dk.samskab.platform.Caller;
import dk.samskab.platform.Dates;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Enrolment for signed-in learners; every call names the caller, who can only touch their own enrolments. */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PeopleService people;

    @Inject
    Event<EnrolmentNotice> notices;

    public List<CohortView> openCohorts(String courseCode) {
        Enrolments rules = new Enrolments(em);
        return em.createNamedQuery(Cohort.OF_COURSE, Cohort.class).setParameter("code", courseCode)
                .setParameter("today", Dates.today()).getResultList().stream()
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
        Optional<Enrolment> promoted = new Enrolments(em).withdraw(own(email, enrolmentId));
        promoted.ifPresent(e -> notices.fire(EnrolmentNotice.of(EnrolmentNotice.Kind.PROMOTED, e)));
        return promoted.map(e -> e.getPerson().getFullName());
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

    /**
     * Requests the caller may decide, oldest first: an instructor's for the courses they teach, a
     * training manager's for the people in the organisations of their scope.
     */
    public List<Enrolment> pendingRequests(Caller approver) {
        // An empty IN list is not valid SQL; no organisation has id 0.
        Set<Long> organisations = approver.organisationsInScope().isEmpty() ? Set.of(0L) : approver.organisationsInScope();
        return em.createNamedQuery(Enrolment.PENDING, Enrolment.class).setParameter("email", approver.email().toLowerCase())
                .setParameter("instructor", approver.isInstructor()).setParameter("manager", approver.isManager())
                .setParameter("organisations", organisations).getResultList();
    }

    public Enrolment approve(Caller approver, long enrolmentId) {
        Enrolment approved = new Enrolments(em).approve(pendingOrFail(approver, enrolmentId), approver.email());
        notices.fire(EnrolmentNotice.of(EnrolmentNotice.Kind.APPROVED, approved));
        return approved;
    }

    public Enrolment reject(Caller approver, long enrolmentId, String reason) {
        Enrolment rejected = new Enrolments(em).reject(pendingOrFail(approver, enrolmentId), approver.email(), reason);
        notices.fire(EnrolmentNotice.of(EnrolmentNotice.Kind.REJECTED, rejected));
        return rejected;
    }

    /** A request outside the approver's courses and organisations is answered as if it were not pending. */
    private Enrolment pendingOrFail(Caller approver, long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null || !pendingRequests(approver).contains(enrolment)) {
            throw new EnrolmentException(EnrolmentException.Reason.NOT_PENDING);
        }
        return enrolment;
    }

    /** Whether the learner was moved up from a waitlist, for the notice on their page. */
    /** Which of these enrolments came off a waitlist, in one query. */
    public Set<Long> promotedAmong(List<Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(em.createQuery("SELECT DISTINCT e.enrolment.id FROM LearningEvent e"
                + " WHERE e.enrolment IN :enrolments AND e.type = :type", Long.class).setParameter("enrolments", enrolments)
                .setParameter("type", LearningEventType.PROMOTED_FROM_WAITLIST.name()).getResultList());
    }

    public boolean wasPromoted(Enrolment enrolment) {
        return em.createNamedQuery(LearningEvent.OF_ENROLMENT, LearningEvent.class).setParameter("enrolment", enrolment)
                .getResultStream().anyMatch(e -> e.is(LearningEventType.PROMOTED_FROM_WAITLIST));
    }

    private Person person(String email) {
        return people.findByEmail(email).orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.NOT_ENROLLED));
    }
}
