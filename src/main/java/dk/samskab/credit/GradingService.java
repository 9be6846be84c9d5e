package dk.samskab.credit;

import dk.samskab.enrolment.LoggedFact;
import dk.samskab.enrolment.Permissions;
import dk.samskab.platform.Caller;
import dk.samskab.platform.Dates;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.platform.Text;
import dk.samskab.learning.HandedInFile;
import dk.samskab.learning.Learning;
import dk.samskab.learning.Submission;
import dk.samskab.learning.SubmissionFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The grading queue and grading of hand-ins, limited to the courses the instructor is assigned
 * to (admins see every course); and the learner's credits for the transcript.
 */
@ApplicationScoped
@Transactional
public class GradingService {

    /** One hand-in waiting for an assessment. */
    public record QueueEntry(long submissionId, String learnerName, CourseDefinition course, Text taskTitle,
            Instant submittedAt, boolean hasFile) {
    }

    /**
     * A hand-in with what the grader needs: the task's title, prompt, rubric (with the learning
     * outcomes each criterion assesses) and grade descriptors, and whether it is graded on the
     * course's 7-point scale (final assignments of such courses only).
     */
    public record ToGrade(long submissionId, String learnerName, CourseDefinition course, Text taskTitle, Text prompt,
            List<CourseDefinition.Criterion> rubric, List<CourseDefinition.GradeDescriptor> gradeDescriptors,
            boolean sevenPoint, String text, String fileName, Integer fileSize, Instant submittedAt,
            boolean graded, boolean finalAssignment) {
    }

    /** One line of a transcript of records; grade and letter are null for a pass on pass/fail. */
    public record TranscriptLine(String courseCode, Text courseTitle, LocalDate from, LocalDate to, String grade,
            String ectsLetter, BigDecimal ects, String provider) {
    }

    @Inject
    AuditLog audit;

    @Inject
    Permissions permissions;

    @Inject
    Event<LoggedFact> facts;

    @PersistenceContext
    EntityManager em;

    /** Ungraded hand-ins of the grader's courses, oldest first; optionally of one course only. */
    public List<QueueEntry> queue(Caller grader, String courseCode) {
        return em.createNamedQuery(Submission.UNGRADED, Submission.class).setParameter("everyCourse", grader.isAdmin())
                .setParameter("email", grader.email().toLowerCase()).getResultList().stream()
                .filter(s -> courseCode == null || courseCode.equals(s.getEnrolment().getCourseVersion().getCourse().getCode()))
                .map(s -> new QueueEntry(s.getId(), s.getEnrolment().getPerson().getFullName(),
                        Learning.course(s.getEnrolment()), task(s).title(), s.getSubmittedAt(), s.hasFile()))
                .toList();
    }

    /** Codes of the courses the grader may grade, for the queue's course filter. */
    public List<String> courseCodes(Caller grader) {
        if (grader.isAdmin()) {
            return em.createQuery("SELECT c.code FROM Course c ORDER BY c.code", String.class).getResultList();
        }
        return em.createNamedQuery(Course.CODES_TAUGHT_BY, String.class).setParameter("email", grader.email().toLowerCase())
                .getResultList();
    }

    public Optional<ToGrade> toGrade(Caller grader, long submissionId) {
        return visible(grader, submissionId).map(s -> {
            Task task = task(s);
            CourseDefinition course = Learning.course(s.getEnrolment());
            boolean sevenPoint = s.isFinalAssignment() && course.assessment().scale() == dk.samskab.catalogue.AssessmentScale.SEVEN_POINT;
            return new ToGrade(s.getId(), s.getEnrolment().getPerson().getFullName(), course, task.title(), task.prompt(),
                    task.rubric(), task.gradeDescriptors(), sevenPoint, s.getText(), s.getFileName(), s.getFileSize(), s.getSubmittedAt(), s.isGraded(),
                    s.isFinalAssignment());
        });
    }

    public Optional<CreditAward> grade(Caller grader, long submissionId, String grade, boolean passFail, String feedback) {
        Submission submission = visible(grader, submissionId).orElse(null);
        if (submission == null || submission.isGraded()) {
            throw new IllegalStateException("This hand-in is graded already or no longer exists");
        }
        Optional<CreditAward> award = new Assessments(em, facts::fire).grade(submission, grade, passFail, feedback, grader.email());
        String learner = submission.getEnrolment().getPerson().getEmail();
        String course = submission.getEnrolment().getCourseVersion().getCourse().getCode();
        audit.record(AuditAction.GRADE_GIVEN, learner, course + ": " + (grade != null && !grade.isBlank() ? grade
                : passFail ? "bestået / passed" : "ikke bestået / not passed"));
        award.ifPresent(a -> audit.record(AuditAction.ECTS_AWARDED, learner, course + ": " + a.getEcts().toPlainString() + " ECTS"));
        return award;
    }

    /** The file of a hand-in the grader may see. */
    public Optional<HandedInFile> file(Caller grader, long submissionId) {
        return visible(grader, submissionId).filter(Submission::hasFile).map(s -> new HandedInFile(s.getFileName(),
                s.getFileType(), em.find(SubmissionFile.class, s.getId()).getContent()));
    }

    public List<TranscriptLine> transcript(String email) {
        return em.createNamedQuery(CreditAward.OF_PERSON, CreditAward.class).setParameter("email", email.toLowerCase())
                .getResultList().stream().map(a -> {
                    CourseDefinition course = Learning.course(a.getEnrolment());
                    return new TranscriptLine(course.code(), course.title(),
                            a.getEnrolment().getEnrolledAt().atZone(Dates.DENMARK).toLocalDate(), a.getAwardedOn(),
                            a.getGrade(), a.getEctsLetter(), a.getEcts(), a.getProvider().getName());
                }).toList();
    }

    /** A hand-in of another instructor's course is answered as if it did not exist. */
    private Optional<Submission> visible(Caller grader, long submissionId) {
        return Optional.ofNullable(em.find(Submission.class, submissionId))
                .filter(s -> permissions.teaches(grader, s.getEnrolment().getCourseVersion().getCourse()));
    }

    private record Task(Text title, Text prompt, List<CourseDefinition.Criterion> rubric,
            List<CourseDefinition.GradeDescriptor> gradeDescriptors) {
    }

    private static Task task(Submission submission) {
        CourseDefinition course = Learning.course(submission.getEnrolment());
        if (submission.isFinalAssignment()) {
            CourseDefinition.FinalAssignment assignment = course.assessment().finalAssignment();
            return new Task(assignment.title(), assignment.prompt(), assignment.rubric(), assignment.gradeDescriptors());
        }
        ModuleDefinition module = course.modules().stream().filter(m -> m.slug().equals(submission.getTask())).findFirst()
                .orElseThrow();
        return new Task(module.title(), module.reflection().prompt(), module.reflection().rubric().stream()
                .map(r -> new CourseDefinition.Criterion(r, List.of())).toList(), List.of());
    }
}
