package dk.samskab.enrolment;

import dk.samskab.platform.Dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseVersion;
import dk.samskab.content.CourseImporter;
import dk.samskab.platform.Language;
import dk.samskab.organisation.Person;
import dk.samskab.testsupport.StandaloneJpa;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seats, waitlists and keys against real MariaDB, including many learners enrolling at the same moment. */
class EnrolmentIT {

    private static EntityManagerFactory factory;
    private static long people;

    @BeforeAll
    static void setUp() {
        factory = StandaloneJpa.withShippedCourses("samskab_enrolment");
    }

    @AfterAll
    static void close() {
        factory.close();
    }


    private static long cohort(String code, Integer seats, String key) {
        return StandaloneJpa.inTransaction(factory, em -> {
            Cohort cohort = new Cohort(StandaloneJpa.latest(em, code), "Hold " + System.nanoTime(), Dates.today(),
                    Dates.today().plusWeeks(6), seats, key);
            em.persist(cohort);
            em.flush();
            return cohort.getId();
        });
    }

    private static long person() {
        long n = ++people;
        return StandaloneJpa.inTransaction(factory, em -> {
            Person person = new Person("Deltager " + n, "deltager" + n + "-" + System.nanoTime() + "@example.dk", Language.DA);
            em.persist(person);
            em.flush();
            return person.getId();
        });
    }

    private static EnrolmentStatus enrol(long personId, long cohortId, String key) {
        return StandaloneJpa.inTransaction(factory, em ->
                new Enrolments(em).enrolInCohort(em.find(Person.class, personId), cohortId, key).getStatus());
    }

    private static Optional<Long> withdraw(long personId, long cohortId) {
        return StandaloneJpa.inTransaction(factory, em -> {
            Enrolment enrolment = em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :p AND e.cohort.id = :c",
                    Enrolment.class).setParameter("p", personId).setParameter("c", cohortId).getSingleResult();
            return new Enrolments(em).withdraw(enrolment).map(e -> e.getPerson().getId());
        });
    }

    @Test
    void fiftyParallelEnrolmentsIntoTwentySeatsGiveTwentyEnrolledAndThirtyWaitlisted() throws Exception {
        long cohort = cohort("FRI-001", 20, null);
        List<Long> learners = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            learners.add(person());
        }
        // Every request opens its transaction, then all wait at the gate and decide together: the
        // seat count is contended for real, not taken one after the other.
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        java.util.concurrent.CyclicBarrier gate = new java.util.concurrent.CyclicBarrier(learners.size());
        java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger mostOpen = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Callable<EnrolmentStatus>> requests = learners.stream()
                    .<Callable<EnrolmentStatus>>map(p -> () -> StandaloneJpa.inTransaction(factory, em -> {
                        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                        try {
                            gate.await(60, java.util.concurrent.TimeUnit.SECONDS);
                            return new Enrolments(em).enrolInCohort(em.find(Person.class, p), cohort, null).getStatus();
                        } catch (InterruptedException | java.util.concurrent.BrokenBarrierException
                                | java.util.concurrent.TimeoutException e) {
                            throw new IllegalStateException(e);
                        } finally {
                            open.decrementAndGet();
                        }
                    })).toList();
            List<EnrolmentStatus> results = new ArrayList<>();
            for (Future<EnrolmentStatus> result : pool.invokeAll(requests)) {
                results.add(result.get());
            }
            Map<EnrolmentStatus, Long> counted = results.stream()
                    .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertEquals(Map.of(EnrolmentStatus.ENROLLED, 20L, EnrolmentStatus.WAITLISTED, 30L), counted);
            assertEquals(learners.size(), mostOpen.get(), "all transactions were open at once");
        } finally {
            pool.shutdown();
        }
        long inDatabase = StandaloneJpa.inTransaction(factory, em -> em.createQuery(
                "SELECT COUNT(e) FROM Enrolment e WHERE e.cohort.id = :c AND e.status = :s", Long.class)
                .setParameter("c", cohort).setParameter("s", EnrolmentStatus.ENROLLED).getSingleResult());
        assertEquals(20, inDatabase);
    }

    @Test
    void aWithdrawalPromotesTheFirstOnTheWaitlist() {
        long cohort = cohort("FAC-102", 2, null);
        long first = person();
        long second = person();
        long third = person();
        long fourth = person();
        assertEquals(EnrolmentStatus.ENROLLED, enrol(first, cohort, null));
        assertEquals(EnrolmentStatus.ENROLLED, enrol(second, cohort, null));
        assertEquals(EnrolmentStatus.WAITLISTED, enrol(third, cohort, null));
        assertEquals(EnrolmentStatus.WAITLISTED, enrol(fourth, cohort, null));

        assertEquals(Optional.of(third), withdraw(first, cohort), "the longest waiting is promoted");
        assertEquals(Optional.empty(), withdraw(fourth, cohort), "leaving the waitlist frees no seat");

        List<LearningEventType> events = StandaloneJpa.inTransaction(factory, em -> em.createQuery(
                "SELECT ev.type FROM LearningEvent ev WHERE ev.enrolment.person.id = :p ORDER BY ev.id", String.class)
                .setParameter("p", third).getResultStream().map(LearningEventType::valueOf).toList());
        assertEquals(List.of(LearningEventType.WAITLISTED, LearningEventType.PROMOTED_FROM_WAITLIST), events);
    }

    @Test
    void aCohortWithAKeyTakesOnlyThatKeyAndNobodyEnrolsTwice() {
        long cohort = cohort("EVA-202", null, "samarbejde-2026");
        long learner = person();
        EnrolmentException wrong = assertThrows(EnrolmentException.class, () -> enrol(learner, cohort, "forkert"));
        assertEquals(EnrolmentException.Reason.WRONG_KEY, wrong.reason());

        assertEquals(EnrolmentStatus.ENROLLED, enrol(learner, cohort, " samarbejde-2026 "));
        EnrolmentException twice = assertThrows(EnrolmentException.class, () -> enrol(learner, cohort, "samarbejde-2026"));
        assertEquals(EnrolmentException.Reason.ALREADY_ENROLLED, twice.reason());
    }

    @Test
    void aCohortWithApprovalHoldsRequestsUntilAnInstructorDecides() {
        long cohort = cohort("LED-201", 1, null);
        StandaloneJpa.inTransaction(factory, em -> {
            em.find(Cohort.class, cohort).requireApproval();
            return null;
        });
        long first = person();
        long second = person();
        assertEquals(EnrolmentStatus.PENDING, enrol(first, cohort, null));
        assertEquals(EnrolmentStatus.PENDING, enrol(second, cohort, null));

        EnrolmentException noReason = assertThrows(EnrolmentException.class, () -> decide(second, cohort, false, " "));
        assertEquals(EnrolmentException.Reason.REASON_REQUIRED, noReason.reason());
        assertEquals(EnrolmentStatus.ENROLLED, decide(first, cohort, true, null));
        assertEquals(EnrolmentStatus.REJECTED, decide(second, cohort, false, "Holdet er for ledere i Roskilde."));
        EnrolmentException twice = assertThrows(EnrolmentException.class, () -> decide(second, cohort, true, null));
        assertEquals(EnrolmentException.Reason.NOT_PENDING, twice.reason());

        assertEquals(EnrolmentStatus.PENDING, enrol(second, cohort, null), "a rejected learner may ask again");
        assertEquals(EnrolmentStatus.WAITLISTED, decide(second, cohort, true, null), "approved, but the one seat is taken");
    }

    private static EnrolmentStatus decide(long personId, long cohortId, boolean approve, String reason) {
        return StandaloneJpa.inTransaction(factory, em -> {
            Enrolment enrolment = em.createQuery("SELECT e FROM Enrolment e WHERE e.person.id = :p AND e.cohort.id = :c",
                    Enrolment.class).setParameter("p", personId).setParameter("c", cohortId).getSingleResult();
            Enrolments rules = new Enrolments(em);
            return (approve ? rules.approve(enrolment, "karen@demo.samskab.dk")
                    : rules.reject(enrolment, "karen@demo.samskab.dk", reason)).getStatus();
        });
    }

    @Test
    void aLearnerWhoWithdrewCanEnrolAgain() {
        long cohort = cohort("LED-201", 5, null);
        long learner = person();
        enrol(learner, cohort, null);
        withdraw(learner, cohort);
        assertEquals(EnrolmentStatus.ENROLLED, enrol(learner, cohort, null));
    }

    @Test
    void theLearnerKeepsTheVersionTheyEnrolledIn() {
        long learner = person();
        int enrolledVersion = StandaloneJpa.inTransaction(factory, em -> new Enrolments(em)
                .enrolSelfPaced(em.find(Person.class, learner), StandaloneJpa.latest(em, "SAM-101")).getCourseVersion().getVersionNumber());
        int newer = StandaloneJpa.inTransaction(factory, em -> {
            CourseVersion current = StandaloneJpa.latest(em, "SAM-101");
            var definition = dk.samskab.catalogue.ContentJson.fromJson(current.getContentJson());
            var changed = new dk.samskab.catalogue.CourseDefinition(definition.code(), definition.title(),
                    new dk.samskab.platform.Text(definition.summary().da() + " Opdateret.", definition.summary().en() + " Updated."),
                    definition.description(), definition.audiences(), definition.sectorAreas(), definition.competenceThemes(),
                    definition.format(), definition.durationWeeks(), definition.workloadHours(), definition.ects(),
                    definition.qualificationLevel(), definition.awardingProvider(), definition.workloadBreakdown(),
                    definition.learningOutcomes(), definition.assessment(), definition.readingList(), definition.modules(),
                    definition.documents());
            return new CourseImporter(em).publish(changed, "test", "Opdateret resumé").getVersionNumber();
        });
        assertTrue(newer > enrolledVersion);
        int stillTaking = StandaloneJpa.inTransaction(factory, em -> em.createQuery(
                "SELECT e.courseVersion.versionNumber FROM Enrolment e WHERE e.person.id = :p", Integer.class)
                .setParameter("p", learner).getSingleResult());
        assertEquals(enrolledVersion, stillTaking);
    }
}
