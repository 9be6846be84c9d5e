package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A learner's run-time data for one item of a package lesson: the cmi data model exactly as the
 * run-time last committed it (so that the learner resumes where they left off, on any device), and
 * the result read out of it.
 */
@Entity
@Table(name = "elearning_attempt")
@NamedQuery(name = ElearningAttempt.OF_STEP, query = "SELECT a FROM ElearningAttempt a WHERE a.enrolment = :enrolment"
        + " AND a.stepKey = :stepKey ORDER BY a.id")
@NamedQuery(name = ElearningAttempt.OF_ENROLMENT, query = "SELECT a FROM ElearningAttempt a WHERE a.enrolment = :enrolment"
        + " ORDER BY a.stepKey, a.id")
public class ElearningAttempt extends BaseEntity {

    static final String OF_STEP = "ElearningAttempt.ofStep";
    static final String OF_ENROLMENT = "ElearningAttempt.ofEnrolment";

    /** One attempt per item for now: the learner's data is kept and resumed, not reset. */
    static final int FIRST = 1;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "step_key", nullable = false)
    private String stepKey;

    @Column(name = "item_identifier", nullable = false)
    private String itemIdentifier;

    @Column(name = "item_hash", nullable = false)
    private String itemHash;

    @Column(nullable = false)
    private int attempt;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String cmi;

    @Column(name = "completion_status")
    private String completionStatus;

    @Column(name = "success_status")
    private String successStatus;

    @Column(name = "score_scaled")
    private BigDecimal scoreScaled;

    @Column(nullable = false)
    private int commits;

    protected ElearningAttempt() {
    }

    ElearningAttempt(Enrolment enrolment, String stepKey, String itemIdentifier, String itemHash) {
        this.enrolment = enrolment;
        this.stepKey = stepKey;
        this.itemIdentifier = itemIdentifier;
        this.itemHash = itemHash;
        this.attempt = FIRST;
        this.cmi = "{}";
    }

    void record(String cmiJson, ScormOutcome outcome) {
        this.cmi = cmiJson;
        this.completionStatus = outcome.completed() ? "completed" : "incomplete";
        this.successStatus = outcome.success() == null ? "unknown" : outcome.success() ? "passed" : "failed";
        this.scoreScaled = outcome.scaled();
        this.commits++;
    }

    /**
     * Adds a result an xAPI package reported: completion and a pass are kept once reached; a score
     * comes with the latest judgement.
     */
    void add(ScormOutcome report) {
        if (report.completed()) {
            this.completionStatus = "completed";
        } else if (completionStatus == null) {
            this.completionStatus = "incomplete";
        }
        if (report.success() != null && !Boolean.TRUE.equals(getPassed())) {
            this.successStatus = report.success() ? "passed" : "failed";
            this.scoreScaled = report.scaled() != null ? report.scaled() : scoreScaled;
        } else if (successStatus == null) {
            this.successStatus = "unknown";
        }
        this.commits++;
    }

    public String getStepKey() {
        return stepKey;
    }

    /** The score in whole percent of the scale's range (scaled 0.85 is 85), or null when the package gave none. */
    public Integer getScorePercent() {
        return scoreScaled == null ? null : scoreScaled.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** The state as pages name it: PASSED, FAILED, COMPLETED or INCOMPLETE. */
    public String getState() {
        Boolean passed = getPassed();
        if (passed != null) {
            return passed ? "PASSED" : "FAILED";
        }
        return isCompleted() ? "COMPLETED" : "INCOMPLETE";
    }

    public String getItemIdentifier() {
        return itemIdentifier;
    }

    public String getCmi() {
        return cmi;
    }

    public boolean isCompleted() {
        return "completed".equals(completionStatus);
    }

    /** True passed, false failed, null not judged. */
    public Boolean getPassed() {
        return "passed".equals(successStatus) ? Boolean.TRUE : "failed".equals(successStatus) ? Boolean.FALSE : null;
    }

    public BigDecimal getScoreScaled() {
        return scoreScaled;
    }

    ScormOutcome outcome() {
        return new ScormOutcome(isCompleted(), getPassed(), scoreScaled);
    }
}
