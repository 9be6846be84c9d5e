package dk.samskab.credit;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LearningEvent;
import dk.samskab.enrolment.LearningEventType;
import dk.samskab.learning.Learning;
import dk.samskab.learning.Submission;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * Grading a hand-in, inside the caller's transaction. A passed final assignment completes the
 * course at once and, for a course with ECTS, awards the credits by the course's awarding
 * provider: with the grade on the 7-point scale (02 or above), or as "bestået" on pass/fail.
 * A fail awards nothing; reflection tasks get comments and never award anything.
 */
public final class Assessments {

    private final EntityManager em;

    public Assessments(EntityManager em) {
        this.em = em;
    }

    /**
     * @param grade a 7-point grade ("-3" … "12") on the 7-point scale; ignored on pass/fail
     * @param passFail the result on a pass/fail scale, and for reflection tasks; ignored on the 7-point scale
     */
    public Optional<CreditAward> grade(Submission submission, String grade, boolean passFail, String feedback, String gradedBy) {
        Enrolment enrolment = submission.getEnrolment();
        String comments = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (!submission.isFinalAssignment()) {
            // Reflection tasks get comments and an approval; they do not decide completion.
            submission.assess(null, passFail, comments, gradedBy);
            em.persist(new LearningEvent(enrolment, LearningEventType.REFLECTION_ASSESSED,
                    submission.getTask() + (passFail ? " bestået" : " ikke bestået")));
            return Optional.empty();
        }
        CourseDefinition course = Learning.course(enrolment);
        boolean sevenPoint = course.assessment().scale() == AssessmentScale.SEVEN_POINT;
        Grade onScale = sevenPoint ? Grade.of(grade) : null;
        boolean passed = sevenPoint ? onScale.passed() : passFail;
        submission.assess(sevenPoint ? onScale.value() : null, passed, comments, gradedBy);
        em.persist(new LearningEvent(enrolment, LearningEventType.ASSESSED, sevenPoint ? onScale.value() : (passed ? "bestået" : "ikke bestået")));
        if (!passed) {
            return Optional.empty();
        }
        enrolment.complete();
        em.persist(new LearningEvent(enrolment, LearningEventType.COMPLETED, null));
        new Certificates(em).issue(enrolment);
        if (!course.carriesEcts() || enrolment.getCourseVersion().getAwardingProvider() == null) {
            return Optional.empty();
        }
        CreditAward award = new CreditAward(enrolment, enrolment.getCourseVersion().getAwardingProvider(), course.ects(), onScale);
        em.persist(award);
        em.persist(new LearningEvent(enrolment, LearningEventType.CREDIT_AWARDED, course.ects().toPlainString() + " ECTS, "
                + (sevenPoint ? onScale.value() + " (" + onScale.ectsLetter() + ")" : "bestået")));
        return Optional.of(award);
    }
}
