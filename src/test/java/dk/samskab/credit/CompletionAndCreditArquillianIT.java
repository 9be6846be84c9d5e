package dk.samskab.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.platform.AssuranceLevel;
import dk.samskab.platform.Caller;
import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.learning.HandInFile;
import dk.samskab.learning.LearningException;
import dk.samskab.learning.LearningService;
import dk.samskab.learning.Submission;
import dk.samskab.platform.Language;
import dk.samskab.organisation.PeopleService;
import dk.samskab.testsupport.ArquillianDeployments;
import dk.samskab.testsupport.TestCourses;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The completion and credit rules through the application's own services inside Payara Micro,
 * against the embedded MariaDB: completion the moment the last requirement is met, ECTS only for
 * a passed assessment, grading limited to the course's instructors, and seats under contention.
 */
@ExtendWith(ArquillianExtension.class)
class CompletionAndCreditArquillianIT {

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final String INSTRUCTOR = "underviser@kp.example.dk";

    @Deployment
    static WebArchive deployment() {
        return ArquillianDeployments.application()
                .addClasses(CompletionAndCreditArquillianIT.class, TestCourses.class, CreditFixtures.class);
    }

    @Inject
    CreditFixtures fixtures;

    @Inject
    PeopleService people;

    @Inject
    EnrolmentService enrolments;

    @Inject
    LearningService learning;

    @Inject
    GradingService grading;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    private final Caller instructor = Caller.of(INSTRUCTOR, Caller.INSTRUCTOR);

    /** Publishes a course of that shape under a fresh code, taught by the test instructor. */
    private String course(AssessmentScale scale, BigDecimal ects, boolean finalAssignment) {
        return course(scale, ects, finalAssignment, null);
    }

    /** As above, with exam rules that require this level of assurance for the final hand-in. */
    private String course(AssessmentScale scale, BigDecimal ects, boolean finalAssignment, AssuranceLevel identity) {
        if (people.findByEmail(INSTRUCTOR).isEmpty()) {
            people.register("Underviser", INSTRUCTOR, Language.DA);
        }
        // A fresh code each time, as the test schema outlives a run.
        java.util.Random random = new java.util.Random();
        String code = "T" + random.ints(4, 'A', 'Z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append) + "-" + (100 + random.nextInt(900));
        fixtures.publish(TestCourses.course(code, scale, ects, finalAssignment, identity), INSTRUCTOR);
        return code;
    }

    private String learner() {
        String email = "deltager" + PEOPLE.incrementAndGet() + "-" + System.nanoTime() + "@example.dk";
        people.register("Deltager " + PEOPLE.get(), email, Language.DA);
        return email;
    }

    /** Does every lesson, passes every quiz and hands in the reflection task (required where a final assignment follows). */
    private long throughLessonsAndQuizzes(String email, String code) {
        long enrolment = enrolments.enrolSelfPaced(email, code).getId();
        for (String module : List.of("m1", "m2")) {
            learning.markLessonDone(email, enrolment, module + "/l1");
            assertTrue(learning.submitQuiz(email, enrolment, module, TestCourses.RIGHT).passed());
        }
        learning.submit(email, enrolment, "m1", "Min refleksion.", null);
        return enrolment;
    }

    private long handInFinal(String email, long enrolment) {
        HandInFile pdf = HandInFile.of("synopsis.pdf", "%PDF-1.4 synopsis".getBytes(StandardCharsets.US_ASCII));
        return learning.submit(email, enrolment, Submission.FINAL, "Min synopsis.", pdf).getId();
    }

    /** In a new course without assessment, does every lesson and passes the first of its two quizzes. */
    private long allButTheLastQuiz(String email) {
        long enrolment = enrolments.enrolSelfPaced(email, course(AssessmentScale.PASS_FAIL, null, false)).getId();
        learning.markLessonDone(email, enrolment, "m1/l1");
        learning.markLessonDone(email, enrolment, "m2/l1");
        learning.submitQuiz(email, enrolment, "m1", TestCourses.RIGHT);
        return enrolment;
    }

    @Test
    void aSevenOnTheSevenPointScaleCompletesAtOnceAndAwardsTheEctsWithLetterC() {
        String code = course(AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true);
        String email = learner();
        long enrolment = throughLessonsAndQuizzes(email, code);
        assertEquals(EnrolmentStatus.ENROLLED, fixtures.enrolment(enrolment).getStatus(), "waits for the assessment");
        long submission = handInFinal(email, enrolment);
        assertTrue(grading.queue(instructor, code).stream().anyMatch(q -> q.submissionId() == submission && q.hasFile()));

        CreditAward award = grading.grade(instructor, submission, "7", false, "Fin opgave").orElseThrow();
        assertEquals(0, new BigDecimal("5").compareTo(award.getEcts()));
        assertEquals("7", award.getGrade());
        assertEquals("C", award.getEctsLetter());
        assertEquals("kp", award.getProvider().getCode());
        assertEquals(EnrolmentStatus.COMPLETED, fixtures.enrolment(enrolment).getStatus());
        assertEquals(1, fixtures.certificates(enrolment), "the certificate is issued in the grading transaction, before any page shows it");
        GradingService.TranscriptLine line = grading.transcript(email).get(0);
        assertEquals(List.of(code, "7", "C"), List.of(line.courseCode(), line.grade(), line.ectsLetter()));
    }

    /** My learning lists a person's enrolments with their courses' titles, without reading each course's whole document. */
    @Test
    void aPersonsEnrolmentsComeWithTheirCourseVersionsButNotTheCourseDocuments() {
        String email = learner();
        String first = course(AssessmentScale.PASS_FAIL, null, false);
        String second = course(AssessmentScale.PASS_FAIL, null, false);
        enrolments.enrolSelfPaced(email, first);
        enrolments.enrolSelfPaced(email, second);

        List<dk.samskab.enrolment.Enrolment> own = enrolments.enrolmentsOf(email);

        jakarta.persistence.PersistenceUnitUtil loaded = em.getEntityManagerFactory().getPersistenceUnitUtil();
        assertEquals(java.util.Set.of(first, second),
                own.stream().map(e -> e.getCourseVersion().getCourse().getCode()).collect(java.util.stream.Collectors.toSet()));
        for (dk.samskab.enrolment.Enrolment enrolment : own) {
            assertTrue(loaded.isLoaded(enrolment, "courseVersion"));
            assertFalse(loaded.isLoaded(enrolment.getCourseVersion(), "contentJson"),
                    "the course document is read only where it is needed");
        }
    }

    /** Every fact is logged once, through the one observer, after the fact it follows from and with a language-neutral detail. */
    @Test
    void aPassedFinalAssignmentLogsAssessmentCompletionCertificateAndCreditInThatOrder() {
        String code = course(AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true);
        String email = learner();
        long enrolment = throughLessonsAndQuizzes(email, code);
        grading.grade(instructor, handInFinal(email, enrolment), "7", false, "Fin opgave");
        List<String> log = fixtures.log(enrolment);
        List<String> types = log.stream().map(line -> line.split(" ")[0]).toList();
        assertEquals(List.of("ENROLLED", "LESSON_COMPLETED", "QUIZ_PASSED", "LESSON_COMPLETED", "QUIZ_PASSED",
                "REFLECTION_SUBMITTED", "FINAL_SUBMITTED", "ASSESSED", "COMPLETED"), types.subList(0, 9), log.toString());
        // Certificate and credit follow completion; they are written in the same flush, in no fixed order of ids.
        assertEquals(List.of("CERTIFICATE_ISSUED", "CREDIT_AWARDED"), types.subList(9, types.size()).stream().sorted().toList());
        assertEquals(List.of("LESSON_COMPLETED m1/l1", "REFLECTION_SUBMITTED m1", "ASSESSED 7"),
                List.of(log.get(1), log.get(5), log.get(7)));
        assertTrue(log.contains("CREDIT_AWARDED 5 ECTS, 7 (C)"), log.toString());
    }

    @Test
    void aCourseCompletedByItsLastQuizLogsCompletionThenCertificateOnce() {
        String email = learner();
        long enrolment = allButTheLastQuiz(email);
        learning.submitQuiz(email, enrolment, "m2", TestCourses.RIGHT);
        learning.markLessonDone(email, enrolment, "m1/l1");
        List<String> types = fixtures.log(enrolment).stream().map(line -> line.split(" ")[0]).toList();
        assertEquals(List.of("ENROLLED", "LESSON_COMPLETED", "LESSON_COMPLETED", "QUIZ_PASSED", "QUIZ_PASSED", "COMPLETED",
                "CERTIFICATE_ISSUED"), types);
    }

    @Test
    void aFailingGradeAwardsNothingAndTheLearnerMayHandInAgain() {
        String code = course(AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true);
        String email = learner();
        long enrolment = throughLessonsAndQuizzes(email, code);
        assertEquals(Optional.empty(), grading.grade(instructor, handInFinal(email, enrolment), "00", false, "For tyndt"));
        assertEquals(EnrolmentStatus.ENROLLED, fixtures.enrolment(enrolment).getStatus());
        assertEquals(0, fixtures.creditAwards(enrolment));
        assertEquals(0, fixtures.certificates(enrolment), "a fail issues no certificate");
        assertEquals(List.of(), grading.transcript(email));

        assertTrue(grading.grade(instructor, handInFinal(email, enrolment), "02", false, "Bestået").isPresent());
    }

    @Test
    void aPassOnAPassFailCourseWithEctsAwardsTheCreditsWithoutGradeOrLetter() {
        String code = course(AssessmentScale.PASS_FAIL, new BigDecimal("2"), true);
        String email = learner();
        long enrolment = throughLessonsAndQuizzes(email, code);
        CreditAward award = grading.grade(instructor, handInFinal(email, enrolment), null, true, "Bestået").orElseThrow();
        assertEquals(0, new BigDecimal("2").compareTo(award.getEcts()));
        assertNull(award.getGrade());
        assertNull(award.getEctsLetter());
        assertEquals(EnrolmentStatus.COMPLETED, fixtures.enrolment(enrolment).getStatus());
    }

    @Test
    void aCourseWithoutAssessmentCompletesOnTheLastPassedQuizAndAwardsNoCredits() {
        String email = learner();
        long enrolment = allButTheLastQuiz(email);
        learning.submitQuiz(email, enrolment, "m2", TestCourses.WRONG);
        assertEquals(EnrolmentStatus.ENROLLED, fixtures.enrolment(enrolment).getStatus(), "a failed quiz keeps it open");
        assertEquals(0, fixtures.certificates(enrolment), "no certificate before completion");
        learning.submitQuiz(email, enrolment, "m2", TestCourses.RIGHT);
        assertEquals(EnrolmentStatus.COMPLETED, fixtures.enrolment(enrolment).getStatus());
        assertEquals(1, fixtures.certificates(enrolment), "the certificate is issued in the completing transaction, before any page shows it");
        assertEquals(0, fixtures.creditAwards(enrolment));
    }

    @Test
    void aReflectionIsAssessedButNeitherCompletesTheCourseNorAwardsCredits() {
        String code = course(AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true);
        String email = learner();
        long enrolment = throughLessonsAndQuizzes(email, code);
        long reflection = learning.submit(email, enrolment, "m1", "Min refleksion.", null).getId();
        assertEquals(Optional.empty(), grading.grade(instructor, reflection, null, true, "Godt set"));
        assertEquals(EnrolmentStatus.ENROLLED, fixtures.enrolment(enrolment).getStatus());
        assertEquals(0, fixtures.creditAwards(enrolment));
        assertEquals(0, fixtures.certificates(enrolment), "a fail issues no certificate");
        assertEquals(LearningException.Reason.UNKNOWN_TASK, assertThrows(LearningException.class,
                () -> learning.submit(email, enrolment, "m2", "Modul 2 har ingen refleksion.", null)).reason());
    }

    @Test
    void theFinalAssignmentWaitsForEveryLessonAndQuiz() {
        String code = course(AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true);
        String email = learner();
        long enrolment = enrolments.enrolSelfPaced(email, code).getId();
        learning.markLessonDone(email, enrolment, "m1/l1");
        assertEquals(LearningException.Reason.NOT_READY_FOR_ASSESSMENT, assertThrows(LearningException.class,
                () -> learning.submit(email, enrolment, Submission.FINAL, "For tidligt.", null)).reason());
    }

    @Test
    void aFinalAssignmentThatRequiresMitIdSubstantialRefusesAPasswordSignInAndTakesASubstantialOne() {
        String code = course(AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true, AssuranceLevel.SUBSTANTIAL);
        String email = learner();
        long enrolment = throughLessonsAndQuizzes(email, code);
        HandInFile pdf = HandInFile.of("synopsis.pdf", "%PDF-1.4 synopsis".getBytes(StandardCharsets.US_ASCII));
        for (AssuranceLevel tooLow : List.of(AssuranceLevel.NONE, AssuranceLevel.LOW)) {
            assertEquals(LearningException.Reason.ASSURANCE_TOO_LOW, assertThrows(LearningException.class,
                    () -> learning.submit(email, enrolment, Submission.FINAL, "Min synopsis.", pdf, null, tooLow)).reason());
        }
        assertTrue(learning.submission(email, enrolment, Submission.FINAL).isEmpty(), "nothing handed in");
        learning.submit(email, enrolment, Submission.FINAL, "Min synopsis.", pdf, null, AssuranceLevel.SUBSTANTIAL);
        assertTrue(learning.submission(email, enrolment, Submission.FINAL).isPresent());
    }

    @Test
    void anInstructorOfAnotherCourseCannotSeeOrGradeTheHandIn() {
        String code = course(AssessmentScale.SEVEN_POINT, new BigDecimal("5"), true);
        String email = learner();
        long submission = handInFinal(email, throughLessonsAndQuizzes(email, code));
        Caller stranger = Caller.of("anden@kp.example.dk", Caller.INSTRUCTOR);
        assertTrue(grading.queue(stranger, null).stream().noneMatch(q -> q.submissionId() == submission));
        assertEquals(Optional.empty(), grading.toGrade(stranger, submission));
        assertEquals(Optional.empty(), grading.file(stranger, submission));
        assertThrows(IllegalStateException.class, () -> grading.grade(stranger, submission, "12", false, "Snyd"));
        assertTrue(grading.file(instructor, submission).isPresent());
    }

    @Test
    void fiftyParallelEnrolmentsIntoTwentySeatsGiveTwentyEnrolledAndThirtyWaitlisted() throws Exception {
        String code = course(AssessmentScale.PASS_FAIL, null, false);
        long cohort = fixtures.cohort(code, 20);
        List<Callable<EnrolmentStatus>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String email = learner();
            calls.add(() -> enrolments.enrolInCohort(email, cohort, null).getStatus());
        }
        List<EnrolmentStatus> results = new ArrayList<>();
        for (Future<EnrolmentStatus> result : fixtures.inParallel(calls)) {
            results.add(result.get());
        }
        assertEquals(20, results.stream().filter(s -> s == EnrolmentStatus.ENROLLED).count());
        assertEquals(30, results.stream().filter(s -> s == EnrolmentStatus.WAITLISTED).count());
        assertEquals(20, fixtures.enrolledIn(cohort, "ENROLLED"));
        assertEquals(30, fixtures.enrolledIn(cohort, "WAITLISTED"));
    }

    @Test
    void retriedProgressWritesCountOnce() throws Exception {
        String code = course(AssessmentScale.PASS_FAIL, null, false);
        String email = learner();
        long enrolment = enrolments.enrolSelfPaced(email, code).getId();
        learning.markLessonDone(email, enrolment, "m1/l1");
        learning.markLessonDone(email, enrolment, "m1/l1");
        assertEquals(1, learning.progress(email, enrolment).module("m1").lessonsDone(), "a lesson done twice is done once");

        String token = java.util.UUID.randomUUID().toString();
        List<Callable<Boolean>> doubled = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            doubled.add(() -> learning.submitQuiz(email, enrolment, "m1", TestCourses.WRONG, token).passed());
        }
        for (Future<Boolean> result : fixtures.inParallel(doubled)) {
            assertFalse(result.get(), "every retry gets the first attempt's result");
        }
        assertEquals(1, learning.progress(email, enrolment).module("m1").attemptsUsed(),
                "five submissions of one form, at the same moment, use one attempt");
        assertTrue(learning.submitQuiz(email, enrolment, "m1", TestCourses.RIGHT, java.util.UUID.randomUUID().toString()).passed());
        assertEquals(2, learning.progress(email, enrolment).module("m1").attemptsUsed(), "a new form is a new attempt");
    }
}
