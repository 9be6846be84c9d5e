package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A learner's hand-in for one task of an enrolment (the final assignment or a module's
 * reflection task): a text, a file or both, and the instructor's assessment once graded.
 */
@Entity
@Table(name = "submission")
@NamedQuery(name = Submission.OF_ENROLMENT, query = "SELECT s FROM Submission s WHERE s.enrolment = :enrolment")
@NamedQuery(name = Submission.UNGRADED, query = "SELECT s FROM Submission s JOIN FETCH s.enrolment e"
        + " WHERE s.passed IS NULL AND (:everyCourse = TRUE OR EXISTS (SELECT i FROM Course c JOIN c.instructors i"
        + " WHERE c = e.courseVersion.course AND i.email = :email)) ORDER BY s.submittedAt")
public class Submission {

    public static final String OF_ENROLMENT = "Submission.ofEnrolment";
    public static final String UNGRADED = "Submission.ungraded";

    /** The task name of the final assignment; reflection tasks are named by their module's slug. */
    public static final String FINAL = "final";

    /** Longest text accepted (about 25 pages): a synopsis is a few pages. */
    public static final int MAX_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(nullable = false)
    private String task;

    @Column(name = "text_body")
    private String text;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_type")
    private String fileType;

    @Column(name = "file_size")
    private Integer fileSize;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    private String grade;

    private Boolean passed;

    private String feedback;

    @Column(name = "graded_by")
    private String gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Version
    private long version;

    protected Submission() {
    }

    Submission(Enrolment enrolment, String task) {
        this.enrolment = enrolment;
        this.task = task;
    }

    /** A new hand-in replaces the previous one, text and file alike. */
    void replace(String text, HandInFile file) {
        this.text = text;
        this.fileName = file == null ? null : file.name();
        this.fileType = file == null ? null : file.type().mediaType();
        this.fileSize = file == null ? null : file.content().length;
        this.submittedAt = Instant.now();
    }

    /** Records the assessment: a 7-point grade (with its pass/fail) or, on a pass/fail scale, just the result. */
    public void assess(String grade, boolean passed, String feedback, String gradedBy) {
        this.grade = grade;
        this.passed = passed;
        this.feedback = feedback;
        this.gradedBy = gradedBy;
        this.gradedAt = Instant.now();
    }

    /** A new hand-in after a failing grade waits for a new assessment; the old feedback stays visible until then. */
    void clearAssessment() {
        this.grade = null;
        this.passed = null;
        this.gradedBy = null;
        this.gradedAt = null;
    }

    public boolean isGraded() {
        return passed != null;
    }

    /**
     * Refuses a change made from a page that showed an older state of this hand-in, as the
     * persistence layer refuses a stale write; null means the page showed no version.
     */
    void requireUnchangedSince(Long seenVersion) {
        if (seenVersion != null && seenVersion != version) {
            throw new OptimisticLockException(this);
        }
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getTask() {
        return task;
    }

    public boolean isFinalAssignment() {
        return FINAL.equals(task);
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileType() {
        return fileType;
    }

    public Integer getFileSize() {
        return fileSize;
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public String getText() {
        return text;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getGrade() {
        return grade;
    }

    public Boolean getPassed() {
        return passed;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getGradedAt() {
        return gradedAt;
    }
}
