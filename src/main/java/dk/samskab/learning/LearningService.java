package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.platform.AssuranceLevel;
import org.eclipse.microprofile.config.ConfigProvider;
import dk.samskab.enrolment.EnrolmentService;
import dk.samskab.enrolment.LoggedFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/** Lessons and quizzes for the signed-in learner, on their own enrolments only. */
@ApplicationScoped
@Transactional
public class LearningService {

    /** The operator's minimum level of assurance for handing in the final assignment of a course that awards ECTS. */
    static final String ECTS_ASSURANCE = "samskab.assurance.ects-final-hand-in";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LoggedFact> facts;

    @Inject
    EnrolmentService enrolments;

    public CourseProgress progress(String email, long enrolmentId) {
        return learning().progress(enrolments.own(email, enrolmentId));
    }

    /** Progress of each of the caller's own enrolments among these, by enrolment id; others are left out. */
    public Map<Long, CourseProgress> progressOfOwn(String email, List<dk.samskab.enrolment.Enrolment> enrolments) {
        List<dk.samskab.enrolment.Enrolment> own = enrolments.stream()
                .filter(e -> e.getPerson().getEmail().equalsIgnoreCase(email)).toList();
        Map<Long, CourseProgress.Records> records = BatchRecords.of(em, own);
        Map<Long, CourseProgress> progress = new java.util.HashMap<>();
        own.forEach(e -> progress.put(e.getId(), CourseProgress.of(Learning.course(e), records.get(e.getId()))));
        return progress;
    }

    /** Progress of enrolments the caller has already been allowed to see, by enrolment id, read together. */
    public Map<Long, CourseProgress> progressOfAll(List<dk.samskab.enrolment.Enrolment> enrolments) {
        Map<Long, CourseProgress.Records> records = BatchRecords.of(em, enrolments);
        Map<Long, CourseProgress> progress = new java.util.HashMap<>();
        enrolments.forEach(e -> progress.put(e.getId(), CourseProgress.of(Learning.course(e), records.get(e.getId()))));
        return progress;
    }

    /** Progress of an enrolment the caller has already been allowed to see (an instructor's cohort). */
    public CourseProgress progressOf(dk.samskab.enrolment.Enrolment enrolment) {
        return learning().progress(em.find(dk.samskab.enrolment.Enrolment.class, enrolment.getId()));
    }

    /** Lessons done and quiz attempts of an enrolment the caller has already been allowed to see. */
    public CourseProgress.Records recordsOf(dk.samskab.enrolment.Enrolment enrolment) {
        return learning().records(em.find(dk.samskab.enrolment.Enrolment.class, enrolment.getId()));
    }

    /** Hand-ins of an enrolment the caller has already been allowed to see. */
    public List<Submission> submissionsOf(dk.samskab.enrolment.Enrolment enrolment) {
        return learning().submissions(em.find(dk.samskab.enrolment.Enrolment.class, enrolment.getId()));
    }

    public CourseProgress.Records records(String email, long enrolmentId) {
        return learning().records(enrolments.own(email, enrolmentId));
    }

    public boolean markLessonDone(String email, long enrolmentId, String lessonKey) {
        return learning().markLessonDone(enrolments.own(email, enrolmentId), lessonKey);
    }

    public SelfAssessment rateSelf(String email, long enrolmentId, SelfAssessment.Phase phase, int[] ratings) {
        return learning().rateSelf(enrolments.own(email, enrolmentId), phase, ratings);
    }

    public List<SelfAssessment> selfAssessments(String email, long enrolmentId) {
        return learning().selfAssessments(enrolments.own(email, enrolmentId));
    }

    public Submission submit(String email, long enrolmentId, String task, String text, HandInFile file) {
        return submit(email, enrolmentId, task, text, file, null);
    }

    /** Hands in, unless the hand-in changed since the learner's page showed it at {@code seenVersion}. */
    public Submission submit(String email, long enrolmentId, String task, String text, HandInFile file, Long seenVersion) {
        return submit(email, enrolmentId, task, text, file, seenVersion, AssuranceLevel.NONE);
    }

    /**
     * As above, by a learner signed in at the level of assurance {@code signedInAt}: the final
     * assignment of a course that requires more is refused.
     */
    public Submission submit(String email, long enrolmentId, String task, String text, HandInFile file, Long seenVersion,
            AssuranceLevel signedInAt) {
        Enrolment enrolment = enrolments.own(email, enrolmentId);
        if (Submission.FINAL.equals(task) && !signedInAt.atLeast(finalHandInAssurance(enrolment))) {
            throw new LearningException(LearningException.Reason.ASSURANCE_TOO_LOW);
        }
        return learning().submit(enrolment, task, text, file, seenVersion);
    }

    /** The level of assurance the final assignment of this enrolment's course needs. */
    public AssuranceLevel finalHandInAssurance(Enrolment enrolment) {
        AssuranceLevel forEcts = ConfigProvider.getConfig().getOptionalValue(ECTS_ASSURANCE, String.class)
                .map(code -> AssuranceLevel.ofCode(code).orElseThrow(() -> new IllegalStateException(
                        ECTS_ASSURANCE + " must be one of none, low, substantial, high, not " + code)))
                .orElse(AssuranceLevel.NONE);
        return Learning.course(enrolment).finalHandInAssurance(forEcts);
    }

    public java.util.Optional<Submission> submission(String email, long enrolmentId, String task) {
        return learning().submission(enrolments.own(email, enrolmentId), task);
    }

    public List<Submission> submissions(String email, long enrolmentId) {
        return learning().submissions(enrolments.own(email, enrolmentId));
    }

    /** The file of one of the caller's own hand-ins; anyone else's is answered as if it did not exist. */
    public java.util.Optional<HandedInFile> file(String email, long submissionId) {
        return java.util.Optional.ofNullable(em.find(Submission.class, submissionId))
                .filter(s -> s.hasFile() && s.getEnrolment().getPerson().getEmail().equalsIgnoreCase(email))
                .map(s -> new HandedInFile(s.getFileName(), s.getFileType(), em.find(SubmissionFile.class, s.getId()).getContent()));
    }

    public QuizGrader.Result submitQuiz(String email, long enrolmentId, String moduleSlug, Map<String, List<String>> answers) {
        return submitQuiz(email, enrolmentId, moduleSlug, answers, null);
    }

    /** As above; a repeated request token gets the first attempt's result and records nothing new. */
    public QuizGrader.Result submitQuiz(String email, long enrolmentId, String moduleSlug, Map<String, List<String>> answers,
            String requestToken) {
        return learning().submitQuiz(enrolments.own(email, enrolmentId), moduleSlug, answers, requestToken);
    }

    /** The learning rules, firing their facts to the log and to whoever follows up on them (credit issues the certificate). */
    private Learning learning() {
        return new Learning(em, facts::fire);
    }
}
