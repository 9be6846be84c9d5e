package dk.samskab.enrolment;

import dk.samskab.platform.Dates;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.organisation.Person;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The enrolment rules, inside the caller's transaction. Every decision about a cohort's seats
 * first locks the cohort row, so parallel requests are decided one at a time and a cohort never
 * has more learners enrolled than seats.
 */
public final class Enrolments {

    private final EntityManager em;

    public Enrolments(EntityManager em) {
        this.em = em;
    }

    /** Self-paced learning of the newest version, without a cohort. */
    public Enrolment enrolSelfPaced(Person person, CourseVersion version) {
        Enrolment enrolment = request(person, version, null);
        enrolment.enrol();
        save(enrolment);
        record(enrolment, LearningEventType.ENROLLED, null);
        return enrolment;
    }

    /** Enrols in a cohort, or puts the person on its waitlist when every seat is taken. */
    public Enrolment enrolInCohort(Person person, long cohortId, String key) {
        Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null) {
            throw new EnrolmentException(EnrolmentException.Reason.UNKNOWN_COHORT);
        }
        if (cohort.getEndsOn().isBefore(Dates.today())) {
            throw new EnrolmentException(EnrolmentException.Reason.COHORT_ENDED);
        }
        if (!cohort.acceptsKey(key)) {
            throw new EnrolmentException(EnrolmentException.Reason.WRONG_KEY);
        }
        return enrol(person, cohort);
    }

    /** Enrols through a cohort's invitation link, which stands in for the enrolment key. */
    public Enrolment enrolByInvitation(Person person, String token) {
        Cohort invited = em.createNamedQuery(Cohort.BY_INVITE, Cohort.class).setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.UNKNOWN_COHORT));
        Cohort cohort = em.find(Cohort.class, invited.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (cohort.getEndsOn().isBefore(Dates.today())) {
            throw new EnrolmentException(EnrolmentException.Reason.COHORT_ENDED);
        }
        return enrol(person, cohort);
    }

    private Enrolment enrol(Person person, Cohort cohort) {
        if (cohort.isApprovalRequired()) {
            Enrolment enrolment = request(person, cohort.getCourseVersion(), cohort);
            enrolment.awaitApproval();
            save(enrolment);
            record(enrolment, LearningEventType.ENROLMENT_REQUESTED, cohort.getName());
            return enrolment;
        }
        return seat(person, cohort);
    }

    /**
     * Places a manager's list of people at once, in order: the free seats are counted once and
     * handed out, the rest go on the waitlist. Without a query per person, a list of thousands
     * stays one quick pass. The result holds each person's enrolment, or nothing for someone
     * enrolled already. The caller holds the cohort's lock, and has checked that every person
     * is within the manager's scope (BulkEnrolment): no key and no approval are asked here.
     */
    public List<Optional<Enrolment>> placeAllByManager(List<Person> people, Cohort cohort, java.util.function.IntConsumer progress) {
        em.flush();
        long seats = seatsLeft(cohort);
        CourseVersion version = cohort.getCourseVersion();
        java.util.Map<Long, Enrolment> existing = new java.util.HashMap<>();
        List<Long> ids = people.stream().map(Person::getId).toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createQuery("SELECT e FROM Enrolment e WHERE e.course = :course AND e.person.id IN :ids", Enrolment.class)
                    .setParameter("course", version.getCourse()).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultStream().forEach(e -> existing.put(e.getPerson().getId(), e));
        }
        List<Optional<Enrolment>> placed = new java.util.ArrayList<>(people.size());
        int done = 0;
        for (Person person : people) {
            progress.accept(done++);
            Enrolment enrolment = existing.get(person.getId());
            if (enrolment != null && enrolment.getStatus() != EnrolmentStatus.WITHDRAWN
                    && enrolment.getStatus() != EnrolmentStatus.REJECTED) {
                placed.add(Optional.empty());
                continue;
            }
            if (enrolment == null) {
                enrolment = new Enrolment(person, version, cohort);
            } else {
                enrolment.requestAgain(version, cohort);
            }
            placed.add(Optional.of(place(enrolment, seats > 0, cohort)));
            seats--;
        }
        return placed;
    }

    /** An approved request takes a seat, or a place on the waitlist when the cohort is full. */
    public Enrolment approve(Enrolment enrolment, String by) {
        Cohort cohort = requirePending(enrolment);
        em.find(Cohort.class, cohort.getId(), LockModeType.PESSIMISTIC_WRITE);
        enrolment.decide(by, null);
        if (seatsLeft(cohort) > 0) {
            enrolment.enrol();
            record(enrolment, LearningEventType.ENROLLED, cohort.getName());
        } else {
            enrolment.waitlist();
            record(enrolment, LearningEventType.WAITLISTED, cohort.getName());
        }
        return enrolment;
    }

    /** A rejection always says why; the learner sees the reason. */
    public Enrolment reject(Enrolment enrolment, String by, String reason) {
        requirePending(enrolment);
        if (reason == null || reason.isBlank()) {
            throw new EnrolmentException(EnrolmentException.Reason.REASON_REQUIRED);
        }
        enrolment.decide(by, reason.strip());
        enrolment.reject();
        record(enrolment, LearningEventType.ENROLMENT_REJECTED, reason.strip());
        return enrolment;
    }

    private static Cohort requirePending(Enrolment enrolment) {
        if (enrolment.getStatus() != EnrolmentStatus.PENDING || enrolment.getCohort() == null) {
            throw new EnrolmentException(EnrolmentException.Reason.NOT_PENDING);
        }
        return enrolment.getCohort();
    }

    private Enrolment seat(Person person, Cohort cohort) {
        boolean seatFree = seatsLeft(cohort) > 0;
        return place(request(person, cohort.getCourseVersion(), cohort), seatFree, cohort);
    }

    /** Gives the requested enrolment a seat or a waitlist place, stores it and records which. */
    private Enrolment place(Enrolment enrolment, boolean seatFree, Cohort cohort) {
        if (seatFree) {
            enrolment.enrol();
        } else {
            enrolment.waitlist();
        }
        save(enrolment);
        record(enrolment, seatFree ? LearningEventType.ENROLLED : LearningEventType.WAITLISTED, cohort.getName());
        return enrolment;
    }

    /** Withdraws; a freed seat goes at once to the first on the waitlist, who is returned. */
    public Optional<Enrolment> withdraw(Enrolment enrolment) {
        Cohort cohort = enrolment.getCohort();
        if (cohort != null) {
            em.find(Cohort.class, cohort.getId(), LockModeType.PESSIMISTIC_WRITE);
        }
        boolean freedSeat = enrolment.getStatus() == EnrolmentStatus.ENROLLED;
        if (!freedSeat && enrolment.getStatus() != EnrolmentStatus.WAITLISTED && enrolment.getStatus() != EnrolmentStatus.PENDING) {
            throw new EnrolmentException(EnrolmentException.Reason.NOT_ENROLLED);
        }
        enrolment.withdraw();
        record(enrolment, LearningEventType.WITHDRAWN, null);
        em.flush();
        if (!freedSeat || cohort == null) {
            return Optional.empty();
        }
        Optional<Enrolment> next = em.createNamedQuery(Enrolment.WAITLIST, Enrolment.class)
                .setParameter("cohort", cohort).setMaxResults(1).getResultStream().findFirst();
        next.ifPresent(promoted -> {
            promoted.enrol();
            record(promoted, LearningEventType.PROMOTED_FROM_WAITLIST, cohort.getName());
        });
        return next;
    }

    /** Gives freed or added seats to the waitlist, longest waiting first; returns those promoted. */
    public List<Enrolment> promoteWhileSeatsFree(Cohort cohort) {
        em.find(Cohort.class, cohort.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.flush();
        List<Enrolment> promoted = new java.util.ArrayList<>();
        for (Enrolment waiting : em.createNamedQuery(Enrolment.WAITLIST, Enrolment.class).setParameter("cohort", cohort)
                .getResultList()) {
            if (seatsLeft(cohort) <= 0) {
                break;
            }
            waiting.enrol();
            record(waiting, LearningEventType.PROMOTED_FROM_WAITLIST, cohort.getName());
            em.flush();
            promoted.add(waiting);
        }
        return promoted;
    }

    /** Seats still free; a cohort without a capacity never runs out. */
    public long seatsLeft(Cohort cohort) {
        if (cohort.getCapacity() == null) {
            return Long.MAX_VALUE;
        }
        long taken = em.createNamedQuery(Enrolment.SEATS_TAKEN, Long.class).setParameter("cohort", cohort).getSingleResult();
        return Math.max(0, cohort.getCapacity() - taken);
    }

    private Enrolment request(Person person, CourseVersion version, Cohort cohort) {
        Optional<Enrolment> existing = em.createNamedQuery(Enrolment.OF_PERSON_AND_COURSE, Enrolment.class)
                .setParameter("person", person).setParameter("course", version.getCourse())
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            Enrolment enrolment = existing.get();
            if (enrolment.getStatus() != EnrolmentStatus.WITHDRAWN && enrolment.getStatus() != EnrolmentStatus.REJECTED) {
                throw new EnrolmentException(EnrolmentException.Reason.ALREADY_ENROLLED);
            }
            enrolment.requestAgain(version, cohort);
            return enrolment;
        }
        return new Enrolment(person, version, cohort);
    }

    /** New enrolments are stored only once their status is decided. */
    private void save(Enrolment enrolment) {
        if (enrolment.getId() == null) {
            em.persist(enrolment);
        }
    }

    private void record(Enrolment enrolment, LearningEventType type, String detail) {
        LearningEventLog.write(em, new EnrolmentFact(enrolment, type, detail));
    }
}
