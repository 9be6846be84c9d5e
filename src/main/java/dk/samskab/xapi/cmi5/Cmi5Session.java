package dk.samskab.xapi.cmi5;

import dk.samskab.elearning.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One launch of a cmi5 AU for a learner's enrolment (a row of cmi5_session). */
@Entity
@Table(name = "cmi5_session")
@NamedQuery(name = Cmi5Session.OPEN_OF_AU, query = "SELECT s FROM Cmi5Session s WHERE s.enrolmentId = :enrolment"
        + " AND s.stepKey = :step AND s.auIdentifier = :au AND s.terminatedAt IS NULL AND s.abandonedAt IS NULL")
public class Cmi5Session {

    static final String OPEN_OF_AU = "Cmi5Session.openOfAu";

    /** The key part of the Basic credentials a session's token stands for: this prefix and the session id. */
    static final String KEY_PREFIX = "cmi5.";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "enrolment_id", nullable = false)
    private long enrolmentId;

    @Column(name = "step_key", nullable = false)
    private String stepKey;

    @Column(name = "au_identifier", nullable = false)
    private String auIdentifier;

    @Column(nullable = false, length = 36)
    private String registration;

    @Column(name = "activity_id", nullable = false)
    private String activityId;

    @Column(name = "actor_name", nullable = false, length = 36)
    private String actorName;

    @Column(name = "fetch_hash", nullable = false, length = 64)
    private String fetchHash;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "launched_at", nullable = false)
    private Instant launchedAt;

    @Column(name = "fetched_at")
    private Instant fetchedAt;

    @Column(name = "terminated_at")
    private Instant terminatedAt;

    @Column(name = "abandoned_at")
    private Instant abandonedAt;

    protected Cmi5Session() {
    }

    Cmi5Session(long enrolmentId, String stepKey, String auIdentifier, String registration, String activityId, String actorName,
            String fetchSecret, Instant launchedAt) {
        this.id = UUID.randomUUID().toString();
        this.enrolmentId = enrolmentId;
        this.stepKey = stepKey;
        this.auIdentifier = auIdentifier;
        this.registration = registration;
        this.activityId = activityId;
        this.actorName = actorName;
        this.fetchHash = hash(fetchSecret);
        this.launchedAt = launchedAt;
    }

    /** Whether the secret is the one of this session's fetch URL. */
    boolean fetchedWith(String fetchSecret) {
        return same(fetchHash, hash(fetchSecret));
    }

    /** Whether the token has been handed out; a fetch URL gives it once (cmi5 8.2.3). */
    boolean fetched() {
        return tokenHash != null;
    }

    void tokenGiven(String tokenSecret, Instant at) {
        this.tokenHash = hash(tokenSecret);
        this.fetchedAt = at;
    }

    /** Whether the secret is this session's token; never for a session that was abandoned. */
    boolean acceptsToken(String tokenSecret) {
        return tokenHash != null && abandonedAt == null && same(tokenHash, hash(tokenSecret));
    }

    boolean isTerminated() {
        return terminatedAt != null;
    }

    void terminated(Instant at) {
        if (terminatedAt == null) {
            this.terminatedAt = at;
        }
    }

    void abandoned(Instant at) {
        this.abandonedAt = at;
    }

    /** How long the session ran until now, for the abandoned statement's duration. */
    Duration ranFor(Instant now) {
        return Duration.between(launchedAt, now);
    }

    String key() {
        return KEY_PREFIX + id;
    }

    public String getId() {
        return id;
    }

    long getEnrolmentId() {
        return enrolmentId;
    }

    String getStepKey() {
        return stepKey;
    }

    String getAuIdentifier() {
        return auIdentifier;
    }

    String getRegistration() {
        return registration;
    }

    String getActivityId() {
        return activityId;
    }

    String getActorName() {
        return actorName;
    }

    private static String hash(String secret) {
        return Sha256.hex(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
