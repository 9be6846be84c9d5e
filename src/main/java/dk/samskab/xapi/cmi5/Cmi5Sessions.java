package dk.samskab.xapi.cmi5;

import dk.samskab.elearning.LaunchItem;
import dk.samskab.elearning.PackageStandard;
import dk.samskab.elearning.PackageStore;
import dk.samskab.elearning.StoredPackage;
import dk.samskab.learning.ElearningRuntime;
import dk.samskab.learning.ScormOutcome;
import dk.samskab.platform.PublicAddress;
import dk.samskab.xapi.AgentIdentity;
import dk.samskab.xapi.AttachmentPart;
import dk.samskab.xapi.BasicCredentials;
import dk.samskab.xapi.EventFeed;
import dk.samskab.xapi.LrsClient;
import dk.samskab.xapi.LrsClients;
import dk.samskab.xapi.LrsRefusal;
import dk.samskab.xapi.StatementStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The sessions of launched cmi5 AUs (and Tin Can activities, whose token comes with the launch) as
 * the LRS meets them: the one-time fetch of the auth token
 * (cmi5 8.2.3), the token as the Basic credentials of the AU's requests, and the AU's statements,
 * which may only speak for the session's learner and registration and from which the AU's results
 * are read into the learner's progress.
 */
@ApplicationScoped
@Transactional
public class Cmi5Sessions {

    /** The state the LMS writes for the AU to read at its start (cmi5 10.2.1). */
    public static final String LAUNCH_DATA = Cmi5Launch.LAUNCH_DATA;

    /** What the fetch URL answers: the token, or cmi5's error code and text (8.2.3). */
    public record Fetched(String token, String errorCode, String errorText) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    StatementStore statements;

    @Inject
    LrsClients clients;

    @Inject
    ElearningRuntime runtime;

    @Inject
    Cmi5Ledger ledger;

    @Inject
    PublicAddress publicAddress;

    /** Whether Basic credentials stand for a cmi5 session rather than an LRS client. */
    public static boolean isSessionKey(String key) {
        return key.startsWith(Cmi5Session.KEY_PREFIX);
    }

    /** The auth token, once; every later call, and a call with a wrong secret, gets an error instead. */
    public Fetched fetch(String sessionId, String fetchSecret) {
        Cmi5Session session = sessionId == null ? null : em.find(Cmi5Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null || fetchSecret == null || !session.fetchedWith(fetchSecret)) {
            return new Fetched(null, "2", "the fetch URL is not one Samskab gave out");
        }
        if (session.fetched()) {
            return new Fetched(null, "1", "the fetch URL has been used; launch the AU again for a new session");
        }
        String secret = Cmi5Launch.secret();
        session.tokenGiven(secret, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        String token = Base64.getEncoder().encodeToString((session.key() + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new Fetched(token, null, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Cmi5Session> authenticate(BasicCredentials credentials) {
        String id = credentials.key().substring(Cmi5Session.KEY_PREFIX.length());
        return Optional.ofNullable(em.find(Cmi5Session.class, id)).filter(s -> s.acceptsToken(credentials.secret()));
    }

    /** The identity key of the session's learner, which the documents the AU reads and writes must name. */
    public String agentKey(Cmi5Session session) {
        return AgentIdentity.of(actor(session)).key();
    }

    /**
     * Stores statements the AU sent with the session's token, and reads the AU's results from them.
     *
     * @throws LrsRefusal 400 for statements that break xAPI, or a passed below the mastery score;
     *         403 for a statement about another learner or registration, or after the session ended
     */
    public List<String> store(String sessionId, List<JsonValue> sent, List<AttachmentPart> parts) {
        Cmi5Session session = em.find(Cmi5Session.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        LrsClient samskab = clients.find(EventFeed.SAMSKAB_CLIENT).orElseThrow(() -> new IllegalStateException("no Samskab client"));
        List<String> ids = statements.store(sent, parts, clients.authorityOf(samskab), samskab.getId());
        StoredPackage stored = PackageStore.find(em, packageKey(session)).orElseThrow();
        LaunchItem au = stored.item(session.getAuIdentifier()).orElseThrow();
        JsonObject actor = actor(session);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        boolean cmi5 = stored.getStandard() == PackageStandard.CMI5;
        ScormOutcome reported = null;
        for (JsonValue value : sent) {
            JsonObject statement = (JsonObject) value;
            refuseOutsideTheSession(session, actor, statement, cmi5);
            reported = combined(reported, outcome(statement, session, au));
            if (Cmi5Statements.TERMINATED.equals(verb(statement)) && session.getActivityId().equals(objectId(statement))) {
                session.terminated(now);
            }
        }
        // One report for the whole request: a batch of passed and completed is read once, not per statement.
        if (reported != null) {
            ElearningRuntime.CommitResult result = runtime.report(session.getEnrolmentId(), session.getStepKey(), au.identifier(), reported);
            if (cmi5) {
                ledger.afterReport(session, actor, result, stored, now);
            }
        }
        return ids;
    }

    /** cmi5 statements carry the registration; Tin Can content may leave it out, but not name another. */
    private void refuseOutsideTheSession(Cmi5Session session, JsonObject actor, JsonObject statement, boolean registrationRequired) {
        if (session.isTerminated()) {
            throw forbidden("the session has ended with its terminated statement; launch the AU again to send more");
        }
        if (!sameAgent(statement.getJsonObject("actor"), actor)) {
            throw forbidden("a cmi5 session's statements are about its learner: the actor must be the launch's actor");
        }
        JsonObject context = statement.getJsonObject("context");
        String registration = context == null ? null : context.getString("registration", null);
        if (registration == null ? registrationRequired : !session.getRegistration().equalsIgnoreCase(registration)) {
            throw forbidden("a cmi5 session's statements carry its registration " + session.getRegistration());
        }
    }

    private static boolean sameAgent(JsonObject agent, JsonObject actor) {
        try {
            return AgentIdentity.of(agent).equals(AgentIdentity.of(actor));
        } catch (IllegalArgumentException anonymousGroup) {
            return false;
        }
    }

    /** Two results of one request as one: completed if either is; a pass, once there, stays with its score. */
    private static ScormOutcome combined(ScormOutcome earlier, ScormOutcome later) {
        if (earlier == null || later == null) {
            return earlier == null ? later : earlier;
        }
        ScormOutcome judgement = Boolean.TRUE.equals(earlier.success()) || later.success() == null ? earlier : later;
        return new ScormOutcome(earlier.completed() || later.completed(), judgement.success(), judgement.scaled());
    }

    /** What a cmi5 defined statement about the AU says of the learner's result; null for any other statement. */
    private static ScormOutcome outcome(JsonObject statement, Cmi5Session session, LaunchItem au) {
        if (!session.getActivityId().equals(objectId(statement))) {
            return null;
        }
        BigDecimal scaled = scaled(statement);
        return switch (verb(statement)) {
            case Cmi5Statements.COMPLETED -> new ScormOutcome(true, null, null);
            case Cmi5Statements.PASSED -> {
                if (au.masteryScore() != null && scaled != null && scaled.compareTo(au.masteryScore()) < 0) {
                    throw LrsRefusal.badRequest("passed needs a scaled score of at least the AU's masteryScore " + au.masteryScore()
                            + "; this one has " + scaled + " (cmi5 9.3.4): send failed");
                }
                yield new ScormOutcome(false, true, scaled);
            }
            case Cmi5Statements.FAILED -> new ScormOutcome(false, false, scaled);
            default -> null;
        };
    }

    private JsonObject actor(Cmi5Session session) {
        return Cmi5Statements.actor(publicAddress.of("/"), session.getActorName());
    }

    private String packageKey(Cmi5Session session) {
        return runtime.packageKeyOf(session.getEnrolmentId(), session.getStepKey());
    }

    private static String verb(JsonObject statement) {
        return statement.getJsonObject("verb").getString("id");
    }

    private static String objectId(JsonObject statement) {
        return statement.getJsonObject("object").getString("id", null);
    }

    private static BigDecimal scaled(JsonObject statement) {
        if (statement.get("result") instanceof JsonObject result && result.get("score") instanceof JsonObject score
                && score.get("scaled") instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        return null;
    }

    private static LrsRefusal forbidden(String message) {
        return new LrsRefusal(LrsRefusal.Status.FORBIDDEN, message);
    }
}
