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
import jakarta.persistence.Table;
import java.time.Instant;

/** One submitted attempt at a module quiz. The best attempt counts. */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(name = QuizAttempt.OF_ENROLMENT, query = "SELECT a FROM QuizAttempt a WHERE a.enrolment = :enrolment"
        + " ORDER BY a.moduleSlug, a.attemptNumber")
public class QuizAttempt {

    public static final String OF_ENROLMENT = "QuizAttempt.ofEnrolment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "module_slug", nullable = false)
    private String moduleSlug;

    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;

    @Column(name = "score_percent", nullable = false)
    private int scorePercent;

    @Column(nullable = false)
    private boolean passed;

    @Column(nullable = false)
    private String answers;

    /** The submitting form's token, so that a retried request is recognised. */
    @Column(name = "request_token")
    private String requestToken;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected QuizAttempt() {
    }

    QuizAttempt(Enrolment enrolment, String moduleSlug, int attemptNumber, int scorePercent, boolean passed, String answers,
            String requestToken) {
        this.requestToken = requestToken;
        this.enrolment = enrolment;
        this.moduleSlug = moduleSlug;
        this.attemptNumber = attemptNumber;
        this.scorePercent = scorePercent;
        this.passed = passed;
        this.answers = answers;
        this.submittedAt = Instant.now();
    }

    public String getRequestToken() {
        return requestToken;
    }

    public String getAnswers() {
        return answers;
    }

    public String getModuleSlug() {
        return moduleSlug;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public int getScorePercent() {
        return scorePercent;
    }

    public boolean isPassed() {
        return passed;
    }
}
