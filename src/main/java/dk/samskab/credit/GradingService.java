package dk.samskab.credit;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.learning.Learning;
import dk.samskab.learning.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The instructors' grading queue and grading, and the learner's credits and transcript. */
@ApplicationScoped
@Transactional
public class GradingService {

    /** One hand-in waiting for a grade. */
    public record QueueEntry(long submissionId, String learnerName, CourseDefinition course, Instant submittedAt) {
    }

    /** A hand-in with the course's assignment, for the grading page. */
    public record ToGrade(long submissionId, String learnerName, CourseDefinition course, String text, Instant submittedAt,
            boolean graded) {
    }

    /** One line of a transcript of records. */
    public record TranscriptLine(String courseCode, dk.samskab.catalogue.Text courseTitle, java.time.LocalDate from,
            java.time.LocalDate to, String grade, String ectsLetter, java.math.BigDecimal ects, String provider) {
    }

    @PersistenceContext
    EntityManager em;

    public List<QueueEntry> queue() {
        return em.createNamedQuery(Submission.UNGRADED, Submission.class).getResultList().stream()
                .map(s -> new QueueEntry(s.getId(), s.getEnrolment().getPerson().getFullName(),
                        Learning.course(s.getEnrolment()), s.getSubmittedAt()))
                .toList();
    }

    public Optional<ToGrade> toGrade(long submissionId) {
        Submission s = em.find(Submission.class, submissionId);
        return Optional.ofNullable(s).map(x -> new ToGrade(x.getId(), x.getEnrolment().getPerson().getFullName(),
                Learning.course(x.getEnrolment()), x.getText(), x.getSubmittedAt(), x.isGraded()));
    }

    public Optional<CreditAward> grade(long submissionId, String grade, boolean passFail, String feedback, String gradedBy) {
        Submission submission = em.find(Submission.class, submissionId);
        if (submission == null || submission.isGraded()) {
            throw new IllegalStateException("This hand-in is graded already or no longer exists");
        }
        return new Assessments(em).grade(submission, grade, passFail, feedback, gradedBy);
    }

    public List<TranscriptLine> transcript(String email) {
        java.time.ZoneId denmark = java.time.ZoneId.of("Europe/Copenhagen");
        return em.createNamedQuery(CreditAward.OF_PERSON, CreditAward.class).setParameter("email", email.toLowerCase())
                .getResultList().stream().map(a -> {
                    CourseDefinition course = Learning.course(a.getEnrolment());
                    return new TranscriptLine(course.code(), course.title(),
                            a.getEnrolment().getEnrolledAt().atZone(denmark).toLocalDate(), a.getAwardedOn(),
                            a.getGrade(), a.getEctsLetter(), a.getEcts(), a.getProvider().getName());
                }).toList();
    }
}
