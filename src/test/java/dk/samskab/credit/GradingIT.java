package dk.samskab.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.Enrolments;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.Learning;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.Submission;
import dk.samskab.platform.Language;
import dk.samskab.organisation.Person;
import dk.samskab.testsupport.StandaloneJpa;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Completion and credit rules against real MariaDB: ECTS only for a passed, graded assessment. */
class GradingIT {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void setUp() {
        factory = StandaloneJpa.withShippedCourses("samskab_grading");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    /**
     * A learner enrolled in SAM-101 who has done every lesson, passed every quiz and handed in
     * every reflection task, and has handed in the final assignment.
     */
    private static long readyForAssessment() {
        return StandaloneJpa.inTransaction(factory, em -> {
            Person person = new Person("Deltager", "deltager-" + System.nanoTime() + "@example.dk", Language.DA);
            em.persist(person);
            CourseVersion version = StandaloneJpa.latest(em, "SAM-101");
            Enrolment enrolment = new Enrolments(em).enrolSelfPaced(person, version);
            em.flush();
            Learning learning = new Learning(em);
            CourseDefinition course = Learning.course(enrolment);
            for (ModuleDefinition module : course.modules()) {
                module.lessons().forEach(l -> learning.markLessonDone(enrolment, CourseProgress.key(module, l)));
                learning.submitQuiz(enrolment, module.slug(), correctAnswers(module));
                learning.submit(enrolment, module.slug(), "Min refleksion over modulet.", null);
            }
            assertEquals(EnrolmentStatus.ENROLLED, enrolment.getStatus(), "a course with a final assignment waits for grading");
            learning.submitFinal(enrolment, "Min synopsis om et samskabelsesforsøg på ældreområdet.");
            return enrolment.getId();
        });
    }

    private static Map<String, List<String>> correctAnswers(ModuleDefinition module) {
        Map<String, List<String>> answers = new java.util.HashMap<>();
        module.quiz().questions().forEach(q -> answers.put(q.id(), switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> q.options().stream().filter(o -> o.correct()).map(o -> o.id()).toList();
            case ORDERING -> q.items().stream().map(i -> i.id()).toList();
            case MATCHING -> q.pairs().stream().map(p -> p.id() + "=" + p.id()).toList();
        }));
        return answers;
    }

    private static Optional<CreditAward> grade(long enrolmentId, String grade) {
        return StandaloneJpa.inTransaction(factory, em -> {
            Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
            Submission submission = new Learning(em).submission(enrolment, Submission.FINAL).orElseThrow();
            return new Assessments(em).grade(submission, grade, false, "Kommentar", "karen@demo.samskab.dk");
        });
    }

    private static EnrolmentStatus status(long enrolmentId) {
        return StandaloneJpa.inTransaction(factory, em -> em.find(Enrolment.class, enrolmentId).getStatus());
    }

    @Test
    void gradeSevenAwardsFiveEctsWithLetterCByTheProvider() {
        long enrolment = readyForAssessment();
        CreditAward award = grade(enrolment, "7").orElseThrow();
        assertEquals(0, award.getEcts().compareTo(new BigDecimal("5")));
        assertEquals("7", award.getGrade());
        assertEquals("C", award.getEctsLetter());
        assertEquals("kp", award.getProvider().getCode());
        assertEquals(EnrolmentStatus.COMPLETED, status(enrolment));
    }

    @Test
    void gradeZeroZeroGivesNoEctsAndTheCourseIsNotCompleted() {
        long enrolment = readyForAssessment();
        assertEquals(Optional.empty(), grade(enrolment, "00"));
        assertEquals(EnrolmentStatus.ENROLLED, status(enrolment));
        long awards = StandaloneJpa.inTransaction(factory, em -> em.createQuery(
                "SELECT COUNT(a) FROM CreditAward a WHERE a.enrolment.id = :e", Long.class).setParameter("e", enrolment).getSingleResult());
        assertEquals(0, awards);

        StandaloneJpa.inTransaction(factory, em -> new Learning(em).submitFinal(em.find(Enrolment.class, enrolment), "Ny version."));
        assertTrue(grade(enrolment, "02").isPresent(), "after a fail the learner hands in again; 02 is a pass");
    }

    @Test
    void theFinalAssignmentWaitsUntilLessonsAndQuizzesAreDone() {
        LearningException early = assertThrows(LearningException.class, () -> StandaloneJpa.inTransaction(factory, em -> {
            Person person = new Person("Tidlig", "tidlig-" + System.nanoTime() + "@example.dk", Language.DA);
            em.persist(person);
            CourseVersion version = StandaloneJpa.latest(em, "SAM-101");
            Enrolment enrolment = new Enrolments(em).enrolSelfPaced(person, version);
            em.flush();
            return new Learning(em).submitFinal(enrolment, "For tidligt.");
        }));
        assertEquals(LearningException.Reason.NOT_READY_FOR_ASSESSMENT, early.reason());
    }

    /** Courses completed before certificates were issued on completion get theirs at start-up, once. */
    @Test
    void aCompletedEnrolmentWithoutCertificateGetsExactlyOneFromTheBackfill() {
        long enrolmentId = readyForAssessment();
        StandaloneJpa.inTransaction(factory, em -> {
            Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
            enrolment.complete();
            return null;
        });
        assertEquals(0L, certificates(enrolmentId), "completed by hand, as data from before the change");
        int batches = 0;
        int issued;
        do {
            issued = StandaloneJpa.inTransaction(factory, em -> new Certificates(em).issueMissing(2));
            assertTrue(issued <= 2, "a batch issues at most its limit, issued " + issued);
            batches++;
        } while (issued > 0 && batches < 1000);
        assertEquals(1L, certificates(enrolmentId));
        assertEquals(Integer.valueOf(0), StandaloneJpa.<Integer>inTransaction(factory, em -> new Certificates(em).issueMissing(2)),
                "nothing is left to issue");
        assertEquals(1L, certificates(enrolmentId), "a second run issues no second certificate");
    }

    private static long certificates(long enrolmentId) {
        return StandaloneJpa.inTransaction(factory, em -> em.createQuery(
                "SELECT COUNT(c) FROM Certificate c WHERE c.enrolment.id = :e", Long.class)
                .setParameter("e", enrolmentId).getSingleResult());
    }
}
