package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A learner's final assignment, and the instructor's assessment of it once graded. */
@Entity
@Table(name = "submission")
@NamedQuery(name = Submission.OF_ENROLMENT, query = "SELECT s FROM Submission s WHERE s.enrolment = :enrolment")
@NamedQuery(name = Submission.UNGRADED, query = "SELECT s FROM Submission s JOIN FETCH s.enrolment e"
        + " WHERE s.grade IS NULL AND s.passed IS NULL ORDER BY s.submittedAt")
public class Submission {

    public static final String OF_ENROLMENT = "Submission.ofEnrolment";
    public static final String UNGRADED = "Submission.ungraded";

    /** Longest text accepted (about 25 pages): a synopsis is a few pages. */
    public static final int MAX_LENGTH = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "text_body", nullable = false)
    private String text;

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

    Submission(Enrolment enrolment, String text) {
        this.enrolment = enrolment;
        replaceText(text);
    }

    /** A new hand-in replaces the previous one while it is not yet graded. */
    void replaceText(String text) {
        this.text = text;
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

    public Long getId() {
        return id;
    }

    public Enrolment getEnrolment() {
        return enrolment;
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
