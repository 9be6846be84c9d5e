package dk.samskab.credit;

import dk.samskab.catalogue.AssessmentScale;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;
import dk.samskab.learning.Learning;
import dk.samskab.learning.Submission;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Grading a hand-in, inside the caller's transaction. A passed final assignment completes the
 * course at once (by learning's completion rule) and, for a course with ECTS, awards the credits
 * by the course's awarding provider: with the grade on the 7-point scale (02 or above), or as a
 * pass on pass/fail. A fail awards nothing; reflection tasks get comments and never award anything.
 */
public final class Assessments {

    private final EntityManager em;
    private final Consumer<LoggedFact> facts;

    /** Outside the container (tests): the facts are logged and a completed course gets its certificate, as the observers would. */
    public Assessments(EntityManager em) {
        this(em, Certificates.issuingOnCompletion(em));
    }

    /** facts receives each fact in this transaction (in the container: the CDI event). */
    public Assessments(EntityManager em, Consumer<LoggedFact> facts) {
        this.em = em;
        this.facts = facts;
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
            facts.accept(new Assessed(enrolment, submission.getTask(), null, passFail));
            return Optional.empty();
        }
        CourseDefinition course = Learning.course(enrolment);
        boolean sevenPoint = course.assessment().scale() == AssessmentScale.SEVEN_POINT;
        Grade onScale = sevenPoint ? Grade.of(grade) : null;
        boolean passed = sevenPoint ? onScale.passed() : passFail;
        submission.assess(sevenPoint ? onScale.value() : null, passed, comments, gradedBy);
        facts.accept(new Assessed(enrolment, submission.getTask(), sevenPoint ? onScale.value() : null, passed));
        if (!passed) {
            return Optional.empty();
        }
        new Learning(em, facts).completeIfDone(enrolment);
        if (!course.carriesEcts() || enrolment.getCourseVersion().getAwardingProvider() == null) {
            return Optional.empty();
        }
        CreditAward award = new CreditAward(enrolment, enrolment.getCourseVersion().getAwardingProvider(), course.ects(), onScale);
        em.persist(award);
        facts.accept(new CreditAwarded(enrolment, award));
        return Optional.of(award);
    }
}
