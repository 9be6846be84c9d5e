package dk.samskab.learning;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.enrolment.LearningEventLog;
import dk.samskab.enrolment.LoggedFact;
import dk.samskab.platform.Dates;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The learning rules, inside the caller's transaction: lessons done, quiz attempts within the
 * allowed number, hand-ins, and completion the moment the last requirement is met. A cohort's
 * dates hold: nothing opens before its start, and its end is the hand-in deadline.
 */
public final class Learning {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The stored answers' type: question key to the chosen or written values. */
    private static final java.lang.reflect.Type ANSWERS = new java.util.HashMap<String, List<String>>() {
        private static final long serialVersionUID = 1L;
    }.getClass().getGenericSuperclass();

    private final EntityManager em;
    private final Consumer<LoggedFact> facts;

    /** For reading, and for tests outside the container: the facts go straight to the log, nothing else follows them. */
    public Learning(EntityManager em) {
        this(em, LearningEventLog.writer(em));
    }

    /** facts receives each fact as it happens, in this transaction (in the container: the CDI event). */
    public Learning(EntityManager em, Consumer<LoggedFact> facts) {
        this.em = em;
        this.facts = facts;
    }

    public static CourseDefinition course(Enrolment enrolment) {
        return enrolment.getCourseVersion().definition();
    }

    /** Marks a lesson done; doing it again changes nothing. Returns true when the course became complete. */
    public boolean markLessonDone(Enrolment enrolment, String lessonKey) {
        if (lesson(enrolment, lessonKey).isElearning()) {
            // The package's own result decides, as the run-time reports it.
            throw new LearningException(LearningException.Reason.PACKAGE_DECIDES);
        }
        return recordLessonDone(enrolment, lessonKey);
    }

    /** The lesson of the enrolled version by its key, once the enrolment may take lessons. */
    ModuleDefinition.Lesson lesson(Enrolment enrolment, String lessonKey) {
        requireActive(enrolment);
        requireStarted(enrolment);
        for (ModuleDefinition module : course(enrolment).modules()) {
            for (ModuleDefinition.Lesson lesson : module.lessons()) {
                if (CourseProgress.key(module, lesson).equals(lessonKey)) {
                    return lesson;
                }
            }
        }
        throw new LearningException(LearningException.Reason.UNKNOWN_LESSON);
    }

    /** Records the lesson done (again changes nothing); true when the course became complete. */
    boolean recordLessonDone(Enrolment enrolment, String lessonKey) {
        if (!records(enrolment).lessonsDone().contains(lessonKey)) {
            em.persist(new LessonProgress(enrolment, lessonKey));
            facts.accept(new LessonCompleted(enrolment, lessonKey));
        }
        return completeIfDone(enrolment);
    }

    /** Scores an attempt, records it, and completes the course if this was the last requirement. */
    public QuizGrader.Result submitQuiz(Enrolment enrolment, String moduleSlug, Map<String, List<String>> answers) {
        return submitQuiz(enrolment, moduleSlug, answers, null);
    }

    /**
     * Grades and records a quiz attempt. A submission that carries the token of an attempt already
     * recorded (a retried or doubled request) gets that attempt's result again and uses nothing up.
     */
    public QuizGrader.Result submitQuiz(Enrolment enrolment, String moduleSlug, Map<String, List<String>> answers,
            String requestToken) {
        // The enrolment row is locked so that two quick submissions cannot both use the last attempt.
        em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
        requireActive(enrolment);
        requireStarted(enrolment);
        CourseDefinition course = course(enrolment);
        ModuleDefinition module = course.modules().stream().filter(m -> m.slug().equals(moduleSlug)).findFirst()
                .orElseThrow(() -> new LearningException(LearningException.Reason.UNKNOWN_MODULE));
        // A plain read, not a locking one: a locking read of a learner without attempts would lock the
        // gap where every other such learner's first attempt goes, and their submissions would
        // deadlock. If an older snapshot misses an attempt committed meanwhile, the unique keys
        // (attempt number, attempt token) refuse the insert and the caller's retry sees it.
        List<QuizAttempt> earlier = em.createQuery("SELECT a FROM QuizAttempt a WHERE a.enrolment = :enrolment", QuizAttempt.class)
                .setParameter("enrolment", enrolment).getResultList();
        if (requestToken != null) {
            java.util.Optional<QuizAttempt> same = earlier.stream().filter(a -> requestToken.equals(a.getRequestToken())).findFirst();
            if (same.isPresent()) {
                return QuizGrader.grade(module.quiz(), JSON.fromJson(same.get().getAnswers(), ANSWERS));
            }
        }
        long used = earlier.stream().filter(a -> a.getModuleSlug().equals(moduleSlug)).count();
        if (used >= module.quiz().attempts()) {
            throw new LearningException(LearningException.Reason.NO_ATTEMPTS_LEFT);
        }
        QuizGrader.Result result = QuizGrader.grade(module.quiz(), answers);
        em.persist(new QuizAttempt(enrolment, moduleSlug, (int) used + 1, result.scorePercent(), result.passed(),
                JSON.toJson(answers), requestToken));
        facts.accept(new QuizAttempted(enrolment, moduleSlug, result.scorePercent(), result.passed()));
        completeIfDone(enrolment);
        return result;
    }

    /** Hands in the final assignment as text only; see {@link #submit}. */
    public Submission submitFinal(Enrolment enrolment, String text) {
        return submit(enrolment, Submission.FINAL, text, null);
    }

    /**
     * Hands in a task: a module's reflection task at any time, the final assignment once every
     * other required step is done (see {@link CoursePath}); in a cohort, from its start until its
     * end date. Text, file or both; a new hand-in replaces the previous one until the task is
     * passed, and waits for a new assessment.
     */
    public Submission submit(Enrolment enrolment, String task, String text, HandInFile file) {
        return submit(enrolment, task, text, file, null);
    }

    /**
     * As {@link #submit(Enrolment, String, String, HandInFile)}, refused as a conflict if the
     * hand-in has changed since the learner's page showed it at {@code seenVersion}.
     */
    public Submission submit(Enrolment enrolment, String task, String text, HandInFile file, Long seenVersion) {
        requireActive(enrolment);
        requireStarted(enrolment);
        Cohort cohort = enrolment.getCohort();
        if (cohort != null && !cohort.takesHandIns(Dates.today())) {
            throw new LearningException(LearningException.Reason.HAND_IN_DEADLINE_PASSED);
        }
        CourseDefinition course = course(enrolment);
        String body = text == null || text.isBlank() ? null : text.strip();
        if (body == null && file == null) {
            throw new LearningException(LearningException.Reason.EMPTY_SUBMISSION);
        }
        if (body != null && body.length() > Submission.MAX_LENGTH) {
            throw new LearningException(LearningException.Reason.SUBMISSION_TOO_LONG);
        }
        if (Submission.FINAL.equals(task)) {
            if (course.assessment().finalAssignment() == null) {
                throw new LearningException(LearningException.Reason.NO_FINAL_ASSIGNMENT);
            }
            if (!CoursePath.of(course, records(enrolment)).readyForFinalAssignment()) {
                throw new LearningException(LearningException.Reason.NOT_READY_FOR_ASSESSMENT);
            }
        } else if (course.modules().stream().noneMatch(m -> m.slug().equals(task) && m.reflection() != null)) {
            throw new LearningException(LearningException.Reason.UNKNOWN_TASK);
        }
        Submission submission = submission(enrolment, task).orElse(null);
        if (submission == null) {
            submission = new Submission(enrolment, task);
            submission.replace(body, file);
            em.persist(submission);
            em.flush();
        } else if (Boolean.TRUE.equals(submission.getPassed())) {
            throw new LearningException(LearningException.Reason.ALREADY_ASSESSED);
        } else {
            submission.requireUnchangedSince(seenVersion);
            submission.replace(body, file);
            submission.clearAssessment();
        }
        storeFile(submission, file);
        facts.accept(new WorkSubmitted(enrolment, task));
        completeIfDone(enrolment);
        return submission;
    }

    private void storeFile(Submission submission, HandInFile file) {
        SubmissionFile stored = em.find(SubmissionFile.class, submission.getId());
        if (file == null && stored != null) {
            em.remove(stored);
        } else if (file != null && stored == null) {
            em.persist(new SubmissionFile(submission.getId(), file.content()));
        } else if (file != null) {
            stored.replace(file.content());
        }
    }

    /**
     * Records the learner's self-assessment on the four shifts: at the start while taking the
     * course, at the end once it is completed; each once.
     */
    public SelfAssessment rateSelf(Enrolment enrolment, SelfAssessment.Phase phase, int[] ratings) {
        boolean allowed = phase == SelfAssessment.Phase.START ? enrolment.getStatus() == EnrolmentStatus.ENROLLED
                : enrolment.getStatus() == EnrolmentStatus.COMPLETED;
        boolean done = selfAssessments(enrolment).stream().anyMatch(a -> a.getPhase() == phase);
        if (!allowed || done || ratings.length != 4) {
            throw new LearningException(LearningException.Reason.NOT_ENROLLED);
        }
        SelfAssessment assessment = new SelfAssessment(enrolment, phase, ratings);
        em.persist(assessment);
        return assessment;
    }

    public List<SelfAssessment> selfAssessments(Enrolment enrolment) {
        return em.createNamedQuery(SelfAssessment.OF_ENROLMENT, SelfAssessment.class).setParameter("enrolment", enrolment)
                .getResultList();
    }

    public java.util.Optional<Submission> submission(Enrolment enrolment, String task) {
        return submissions(enrolment).stream().filter(s -> s.getTask().equals(task)).findFirst();
    }

    public List<Submission> submissions(Enrolment enrolment) {
        return em.createNamedQuery(Submission.OF_ENROLMENT, Submission.class).setParameter("enrolment", enrolment)
                .getResultList();
    }

    public CourseProgress progress(Enrolment enrolment) {
        return CourseProgress.of(course(enrolment), records(enrolment));
    }

    public CourseProgress.Records records(Enrolment enrolment) {
        em.flush();
        List<String> done = em.createNamedQuery(LessonProgress.DONE_KEYS, String.class)
                .setParameter("enrolment", enrolment).getResultList();
        List<QuizAttempt> attempts = em.createNamedQuery(QuizAttempt.OF_ENROLMENT, QuizAttempt.class)
                .setParameter("enrolment", enrolment).getResultList();
        return new CourseProgress.Records(new HashSet<>(done), attempts, submissions(enrolment));
    }

    /**
     * The one completion rule, for learning and grading alike: a course without a final assignment
     * is complete once every required step is done, one with a final assignment once the
     * assignment has passed its assessment. Completes the enrolment and announces
     * {@link CourseCompleted}; returns whether it did.
     */
    public boolean completeIfDone(Enrolment enrolment) {
        CourseDefinition course = course(enrolment);
        CourseProgress.Records records = records(enrolment);
        boolean done = course.assessment().finalAssignment() == null
                ? enrolment.getStatus() == EnrolmentStatus.ENROLLED && CoursePath.of(course, records).allRequiredDone()
                : enrolment.getStatus() != EnrolmentStatus.COMPLETED
                        && records.submission(Submission.FINAL).filter(s -> Boolean.TRUE.equals(s.getPassed())).isPresent();
        if (!done) {
            return false;
        }
        enrolment.complete();
        facts.accept(new CourseCompleted(enrolment));
        return true;
    }

    /**
     * Whether a task takes a hand-in now: within the cohort's dates (none for self-paced
     * learning), while enrolled (a reflection task also once the course is completed), the final
     * assignment only once every other required step is done, and never once the task is passed.
     */
    public static boolean takesHandIn(EnrolmentStatus status, Cohort cohort, boolean finalAssignment,
            boolean readyForFinalAssignment, Submission current, LocalDate today) {
        boolean withinDates = cohort == null || cohort.hasStarted(today) && cohort.takesHandIns(today);
        boolean active = status == EnrolmentStatus.ENROLLED || !finalAssignment && status == EnrolmentStatus.COMPLETED;
        boolean ready = !finalAssignment || readyForFinalAssignment;
        return withinDates && active && ready && (current == null || !Boolean.TRUE.equals(current.getPassed()));
    }

    /** A cohort's lessons, quizzes and hand-ins open on its start date; self-paced learning is open at once. */
    private static void requireStarted(Enrolment enrolment) {
        Cohort cohort = enrolment.getCohort();
        if (cohort != null && !cohort.hasStarted(Dates.today())) {
            throw new LearningException(LearningException.Reason.NOT_STARTED);
        }
    }

    private static void requireActive(Enrolment enrolment) {
        if (enrolment.getStatus() != EnrolmentStatus.ENROLLED && enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
            throw new LearningException(LearningException.Reason.NOT_ENROLLED);
        }
    }
}
