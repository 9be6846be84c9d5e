package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A learner's rating of themself, 1 to 5, on the four competence shifts the training is about:
 * professional identity, ways of working, collaboration and leadership.
 */
@Entity
@Table(name = "self_assessment")
@NamedQuery(name = SelfAssessment.OF_ENROLMENT, query = "SELECT s FROM SelfAssessment s WHERE s.enrolment = :enrolment")
public class SelfAssessment {

    public static final String OF_ENROLMENT = "SelfAssessment.ofEnrolment";

    /** At enrolment, or at completion. */
    public enum Phase { START, END }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Phase phase;

    @Column(name = "professional_identity", nullable = false)
    private int professionalIdentity;

    @Column(name = "ways_of_working", nullable = false)
    private int waysOfWorking;

    @Column(nullable = false)
    private int collaboration;

    @Column(nullable = false)
    private int leadership;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SelfAssessment() {
    }

    SelfAssessment(Enrolment enrolment, Phase phase, int[] ratings) {
        for (int rating : ratings) {
            if (rating < 1 || rating > 5) {
                throw new IllegalArgumentException("Ratings are 1 to 5");
            }
        }
        this.enrolment = enrolment;
        this.phase = phase;
        this.professionalIdentity = ratings[0];
        this.waysOfWorking = ratings[1];
        this.collaboration = ratings[2];
        this.leadership = ratings[3];
        this.recordedAt = Instant.now();
    }

    public Phase getPhase() {
        return phase;
    }

    /** The four ratings in the order of the shifts. */
    public int[] ratings() {
        return new int[] {professionalIdentity, waysOfWorking, collaboration, leadership};
    }
}
