package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.Enrolments;
import dk.samskab.learning.Step.Kind;
import dk.samskab.platform.Language;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Dates;
import dk.samskab.testsupport.StandaloneJpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The course's path of steps and the cohort's dates against real MariaDB, on the shipped
 * courses: the way on leads through every required step, what is left and the time left say so,
 * nothing opens before a cohort's start, and its end date is the hand-in deadline.
 */
class CoursePathIT {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void setUp() {
        factory = StandaloneJpa.withShippedCourses("samskab_course_path");
    }

    @AfterAll
    static void close() {
        factory.close();
    }


    private static Person person(EntityManager em) {
        Person person = new Person("Deltager", "deltager-" + System.nanoTime() + "@example.dk", Language.DA);
        em.persist(person);
        return person;
    }

    /** A learner taking the course at their own pace; returns the enrolment id. */
    private static long selfPaced(String code) {
        return StandaloneJpa.inTransaction(factory, em -> {
            Enrolment enrolment = new Enrolments(em).enrolSelfPaced(person(em), StandaloneJpa.latest(em, code));
            em.flush();
            return enrolment.getId();
        });
    }

    /** A learner in a cohort that runs from one date to the other; returns the enrolment id. */
    private static long inCohort(String code, LocalDate startsOn, LocalDate endsOn) {
        return StandaloneJpa.inTransaction(factory, em -> {
            LocalDate today = Dates.today();
            // Enrolment is for cohorts that have not ended, so the dates are set once the learner is in.
            Cohort cohort = new Cohort(StandaloneJpa.latest(em, code), "Hold " + System.nanoTime(), today, today.plusWeeks(1), null, null);
            em.persist(cohort);
            em.flush();
            Enrolment enrolment = new Enrolments(em).enrolInCohort(person(em), cohort.getId(), null);
            em.flush();
            em.createQuery("UPDATE Cohort c SET c.startsOn = :starts, c.endsOn = :ends WHERE c.id = :id")
                    .setParameter("starts", startsOn).setParameter("ends", endsOn).setParameter("id", cohort.getId())
                    .executeUpdate();
            return enrolment.getId();
        });
    }

    private static <T> T with(long enrolmentId, java.util.function.BiFunction<Learning, Enrolment, T> work) {
        return StandaloneJpa.inTransaction(factory, em -> {
            Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
            if (enrolment.getCohort() != null) {
                em.refresh(enrolment.getCohort());
            }
            return work.apply(new Learning(em), enrolment);
        });
    }

    private static CourseDefinition course(long enrolmentId) {
        return with(enrolmentId, (learning, enrolment) -> Learning.course(enrolment));
    }

    private static CoursePath path(long enrolmentId) {
        return with(enrolmentId, (learning, enrolment) -> learning.progress(enrolment).path());
    }

    private static void doLessons(long enrolmentId, ModuleDefinition module) {
        with(enrolmentId, (learning, enrolment) -> {
            module.lessons().forEach(l -> learning.markLessonDone(enrolment, CourseProgress.key(module, l)));
            return null;
        });
    }

    private static void passQuiz(long enrolmentId, ModuleDefinition module) {
        with(enrolmentId, (learning, enrolment) -> learning.submitQuiz(enrolment, module.slug(), rightAnswers(module)));
    }

    private static void handInReflection(long enrolmentId, ModuleDefinition module) {
        with(enrolmentId, (learning, enrolment) -> learning.submit(enrolment, module.slug(), "Min refleksion.", null));
    }

    private static Map<String, List<String>> rightAnswers(ModuleDefinition module) {
        Map<String, List<String>> answers = new HashMap<>();
        module.quiz().questions().forEach(q -> answers.put(q.id(), switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> q.options().stream().filter(o -> o.correct()).map(o -> o.id()).toList();
            case ORDERING -> q.items().stream().map(i -> i.id()).toList();
            case MATCHING -> q.pairs().stream().map(p -> p.id() + "=" + p.id()).toList();
        }));
        return answers;
    }

    private static LearningException.Reason refusal(long enrolmentId, java.util.function.BiConsumer<Learning, Enrolment> work) {
        return assertThrows(LearningException.class, () -> with(enrolmentId, (learning, enrolment) -> {
            work.accept(learning, enrolment);
            return null;
        })).reason();
    }

    @Test
    void theStepsAreEachModulesLessonsThenItsQuizThenItsReflectionTaskAndAtTheEndTheFinalAssignment() {
        long enrolment = selfPaced("SAM-101");
        CourseDefinition course = course(enrolment);
        List<String> expected = new ArrayList<>();
        for (ModuleDefinition module : course.modules()) {
            module.lessons().forEach(l -> expected.add("LESSON " + module.slug() + "/" + l.slug()));
            expected.add("QUIZ " + module.slug());
            if (module.reflection() != null) {
                expected.add("REFLECTION " + module.slug());
            }
        }
        expected.add("FINAL_ASSIGNMENT final");
        assertEquals(expected, path(enrolment).steps().stream()
                .map(s -> s.kind() + " " + (s.kind() == Kind.LESSON ? s.moduleSlug() + "/" + s.lessonSlug()
                        : s.kind() == Kind.FINAL_ASSIGNMENT ? "final" : s.moduleSlug())).toList());
        assertTrue(path(enrolment).steps().stream().allMatch(Step::required),
                "in a course that ends with a final assignment every lesson, quiz and reflection task is required");
    }

    @Test
    void theWayOnFromAModulesLastLessonLeadsToItsQuizThenItsReflectionTaskThenTheNextModule() {
        long enrolment = selfPaced("SAM-101");
        CourseDefinition course = course(enrolment);
        ModuleDefinition first = course.modules().get(0);
        ModuleDefinition second = course.modules().get(1);
        doLessons(enrolment, first);

        CoursePath path = path(enrolment);
        ModuleDefinition.Lesson last = first.lessons().get(first.lessons().size() - 1);
        Step afterLastLesson = path.after(path.lesson(first.slug(), last.slug()).orElseThrow()).orElseThrow();
        assertEquals(List.of(Kind.QUIZ, first.slug()), List.of(afterLastLesson.kind(), afterLastLesson.moduleSlug()));
        assertEquals(afterLastLesson, path.next().orElseThrow(), "the course page continues with the same step");

        passQuiz(enrolment, first);
        path = path(enrolment);
        Step afterQuiz = path.after(path.quiz(first.slug()).orElseThrow()).orElseThrow();
        assertEquals(List.of(Kind.REFLECTION, first.slug()), List.of(afterQuiz.kind(), afterQuiz.moduleSlug()));

        handInReflection(enrolment, first);
        path = path(enrolment);
        Step afterReflection = path.after(path.task(first.slug()).orElseThrow()).orElseThrow();
        assertEquals(List.of(Kind.LESSON, second.slug(), second.lessons().get(0).slug()),
                List.of(afterReflection.kind(), afterReflection.moduleSlug(), afterReflection.lessonSlug()));
    }

    @Test
    void withEveryLessonDoneTheQuizzesReflectionTasksAndFinalAssignmentAreStillLeftWithTheirTime() {
        long enrolment = selfPaced("SAM-101");
        CourseDefinition course = course(enrolment);
        course.modules().forEach(m -> doLessons(enrolment, m));

        CoursePath path = path(enrolment);
        int modules = course.modules().size();
        int lessons = course.modules().stream().mapToInt(m -> m.lessons().size()).sum();
        int reflections = (int) course.modules().stream().filter(m -> m.reflection() != null).count();
        assertEquals(List.of(0, modules, reflections, 1), List.of(path.remainingCount(Kind.LESSON), path.remainingCount(Kind.QUIZ),
                path.remainingCount(Kind.REFLECTION), path.remainingCount(Kind.FINAL_ASSIGNMENT)));
        assertEquals(lessons * 100 / (lessons + modules + reflections + 1), path.percent());
        assertTrue(path.minutesLeft() >= course.workloadHours().intValue() * 60 - course.totalLessonMinutes(),
                "the time left is what the stated workload leaves after the lessons: " + path.minutesLeft() + " minutes");
        Step next = path.next().orElseThrow(() -> new AssertionError("there must be a way on while quizzes remain"));
        assertEquals(List.of(Kind.QUIZ, course.modules().get(0).slug()), List.of(next.kind(), next.moduleSlug()));
    }

    @Test
    void theFinalAssignmentWaitsForEveryReflectionTaskAndThenNothingIsLeftToDoButTheAssessment() {
        long enrolment = selfPaced("LED-201");
        CourseDefinition course = course(enrolment);
        for (ModuleDefinition module : course.modules()) {
            doLessons(enrolment, module);
            passQuiz(enrolment, module);
        }
        assertEquals(LearningException.Reason.NOT_READY_FOR_ASSESSMENT,
                refusal(enrolment, (learning, e) -> learning.submitFinal(e, "For tidligt.")));

        course.modules().stream().filter(m -> m.reflection() != null).forEach(m -> handInReflection(enrolment, m));
        with(enrolment, (learning, e) -> learning.submitFinal(e, "Min opgave om et partnerskab i Roskilde."));
        CoursePath path = path(enrolment);
        assertEquals(Step.State.WAITING, path.finalAssignment().orElseThrow().state());
        assertEquals(0, path.minutesLeft(), "waiting for the assessment takes none of the learner's time");
        assertTrue(path.next().isEmpty(), "nothing is left to continue with");
        assertEquals(EnrolmentStatus.ENROLLED, with(enrolment, (learning, e) -> e.getStatus()), "completion waits for the grade");
    }

    @Test
    void aCourseWithoutAFinalAssignmentOffersItsReflectionTasksAndCompletesOnItsLastQuiz() {
        long enrolment = selfPaced("FRI-001");
        CourseDefinition course = course(enrolment);
        assertTrue(path(enrolment).steps().stream().filter(s -> s.kind() == Kind.REFLECTION).noneMatch(Step::required),
                "the course passes on its quizzes, as its description says");
        for (ModuleDefinition module : course.modules()) {
            doLessons(enrolment, module);
            passQuiz(enrolment, module);
        }
        assertEquals(EnrolmentStatus.COMPLETED, with(enrolment, (learning, e) -> e.getStatus()));
        assertEquals(100, path(enrolment).percent());
    }

    @Test
    void beforeItsStartACohortOpensNoLessonQuizOrHandIn() {
        LocalDate today = Dates.today();
        long enrolment = inCohort("SAM-101", today.plusDays(1), today.plusWeeks(10));
        ModuleDefinition first = course(enrolment).modules().get(0);
        String lesson = CourseProgress.key(first, first.lessons().get(0));
        assertEquals(LearningException.Reason.NOT_STARTED, refusal(enrolment, (learning, e) -> learning.markLessonDone(e, lesson)));
        assertEquals(LearningException.Reason.NOT_STARTED,
                refusal(enrolment, (learning, e) -> learning.submitQuiz(e, first.slug(), rightAnswers(first))));
        assertEquals(LearningException.Reason.NOT_STARTED,
                refusal(enrolment, (learning, e) -> learning.submit(e, first.slug(), "For tidligt.", null)));
        assertTrue(path(enrolment).steps().stream().noneMatch(Step::isDone), "nothing was recorded");

        long started = inCohort("SAM-101", today, today.plusWeeks(10));
        with(started, (learning, e) -> learning.markLessonDone(e, lesson));
        assertTrue(path(started).lesson(first.slug(), first.lessons().get(0).slug()).orElseThrow().isDone(),
                "a cohort opens on its start date");
    }

    @Test
    void afterItsEndDateACohortTakesNoHandInsButItsLessonsStayOpen() {
        LocalDate today = Dates.today();
        long enrolment = inCohort("SAM-101", today.minusWeeks(10), today.minusDays(1));
        ModuleDefinition first = course(enrolment).modules().get(0);
        doLessons(enrolment, first);
        passQuiz(enrolment, first);
        assertEquals(LearningException.Reason.HAND_IN_DEADLINE_PASSED,
                refusal(enrolment, (learning, e) -> learning.submit(e, first.slug(), "For sent.", null)));
        assertFalse(path(enrolment).task(first.slug()).orElseThrow().isDone());

        long lastDay = inCohort("SAM-101", today.minusWeeks(10), today);
        handInReflection(lastDay, first);
        assertTrue(path(lastDay).task(first.slug()).orElseThrow().isDone(), "hand-ins are taken until the end of the end date");
    }
}
