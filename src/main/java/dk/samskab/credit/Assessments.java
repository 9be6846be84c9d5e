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
 * Grading a final assignment, inside the caller's transaction. A pass completes the course at
 * once; on the 7-point scale a pass (02 or above) of a course with ECTS awards the credits, by
 * the course's awarding provider. A fail awards nothing.
 */
public final class Assessments {

    private final EntityManager em;

    public Assessments(EntityManager em) {
        this.em = em;
    }

    /**
     * @param grade a 7-point grade ("-3" … "12") on the 7-point scale; ignored on pass/fail
     * @param passFail the result on a pass/fail scale; ignored on the 7-point scale
     */
    public Optional<CreditAward> grade(Submission submission, String grade, boolean passFail, String feedback, String gradedBy) {
        Enrolment enrolment = submission.getEnrolment();
        CourseDefinition course = Learning.course(enrolment);
        boolean sevenPoint = course.assessment().scale() == AssessmentScale.SEVEN_POINT;
        Grade onScale = sevenPoint ? Grade.of(grade) : null;
        boolean passed = sevenPoint ? onScale.passed() : passFail;
        submission.assess(sevenPoint ? onScale.value() : null, passed, feedback == null ? null : feedback.strip(), gradedBy);
        em.persist(new LearningEvent(enrolment, LearningEventType.ASSESSED, sevenPoint ? onScale.value() : (passed ? "bestået" : "ikke bestået")));
        if (!passed) {
            return Optional.empty();
        }
        enrolment.complete();
        em.persist(new LearningEvent(enrolment, LearningEventType.COMPLETED, null));
        if (!sevenPoint || !course.carriesEcts() || enrolment.getCourseVersion().getAwardingProvider() == null) {
            return Optional.empty();
        }
        CreditAward award = new CreditAward(enrolment, enrolment.getCourseVersion().getAwardingProvider(), course.ects(), onScale);
        em.persist(award);
        em.persist(new LearningEvent(enrolment, LearningEventType.CREDIT_AWARDED,
                course.ects().toPlainString() + " ECTS, " + onScale.value() + " (" + onScale.ectsLetter() + ")"));
        return Optional.of(award);
    }
}
