package dk.samskab.enrolment;

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
import java.util.UUID;

/** One timestamped progress fact about an enrolment. Written once, never changed. */
@Entity
@Table(name = "learning_event")
@NamedQuery(name = LearningEvent.OF_ENROLMENT, query = "SELECT e FROM LearningEvent e WHERE e.enrolment = :enrolment"
        + " ORDER BY e.occurredAt, e.id")
public class LearningEvent {

    public static final String OF_ENROLMENT = "LearningEvent.ofEnrolment";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    /** The fact's stored code, named by the package that owns the fact (see LoggedFact). */
    @Column(nullable = false)
    private String type;

    private String detail;

    static final int DETAIL_LENGTH = 300;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The id of the xAPI statement this event becomes, fixed now so that it is sent under one id however often. */
    @Column(name = "statement_id", nullable = false, updatable = false, length = 36)
    private String statementId;

    protected LearningEvent() {
    }

    LearningEvent(LoggedFact fact) {
        this.enrolment = fact.enrolment();
        this.personId = enrolment.getPerson().getId();
        this.type = fact.type();
        String detail = fact.detail();
        // The log keeps the start of a long detail (such as a rejection reason, kept whole on the enrolment).
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH - 1) + "…";
        this.occurredAt = Instant.now();
        this.statementId = UUID.randomUUID().toString();
    }

    public String getType() {
        return type;
    }

    public boolean is(LearningEventType enrolmentFact) {
        return enrolmentFact.name().equals(type);
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getStatementId() {
        return statementId;
    }
}
