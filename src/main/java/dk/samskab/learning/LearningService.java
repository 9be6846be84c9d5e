package dk.samskab.learning;

import dk.samskab.enrolment.EnrolmentService;
import jakarta.enterprise.context.ApplicationScoped;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    EnrolmentService enrolments;

    public CourseProgress progress(String email, long enrolmentId) {
        return new Learning(em).progress(enrolments.own(email, enrolmentId));
    }

    public CourseProgress.Records records(String email, long enrolmentId) {
        return new Learning(em).records(enrolments.own(email, enrolmentId));
    }

    public boolean markLessonDone(String email, long enrolmentId, String lessonKey) {
        return new Learning(em).markLessonDone(enrolments.own(email, enrolmentId), lessonKey);
    }

    public SelfAssessment rateSelf(String email, long enrolmentId, SelfAssessment.Phase phase, int[] ratings) {
        return new Learning(em).rateSelf(enrolments.own(email, enrolmentId), phase, ratings);
    }

    public List<SelfAssessment> selfAssessments(String email, long enrolmentId) {
        return new Learning(em).selfAssessments(enrolments.own(email, enrolmentId));
    }

    public Submission submitFinal(String email, long enrolmentId, String text) {
        return new Learning(em).submitFinal(enrolments.own(email, enrolmentId), text);
    }

    public java.util.Optional<Submission> submission(String email, long enrolmentId) {
        return new Learning(em).submission(enrolments.own(email, enrolmentId));
    }

    public QuizGrader.Result submitQuiz(String email, long enrolmentId, String moduleSlug, Map<String, List<String>> answers) {
        return new Learning(em).submitQuiz(enrolments.own(email, enrolmentId), moduleSlug, answers);
    }
}
