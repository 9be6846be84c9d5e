package dk.samskab.xapi;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.platform.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Puts Samskab's learning events into the built-in LRS as statements, in the order of the log,
 * and queues them for the external LRS when one is configured.
 *
 * <p>The learning-event log is the outbox: an event's row commits with its fact, or not at all.
 * One node at a time works the feed (its row is locked; the others skip). An event is due when its
 * statement is not stored yet, which is asked of the LRS itself, so running the feed twice stores
 * nothing twice. The position only saves reading old rows: it never passes an event younger than
 * {@link #HORIZON}, because ids are taken when a transaction writes, not when it commits, and an
 * event with a lower id may still commit after one with a higher id.
 */
@ApplicationScoped
public class EventFeed {

    static final int BATCH = 200;

    /** Longer than any transaction that writes learning events runs. */
    static final Duration HORIZON = Duration.ofMinutes(10);

    public static final String SAMSKAB_CLIENT = "samskab";

    @PersistenceContext
    EntityManager em;

    @Inject
    StatementStore store;

    @Inject
    ActorNames actors;

    @Inject
    LrsClients clients;

    @Inject
    PublicAddress address;

    @Inject
    ForwardingSettings forwarding;

    /** Stores the next events' statements; returns how many it stored, 0 when another node has the feed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int storeNext() {
        List<?> locked = em.createNativeQuery("SELECT position FROM xapi_event_feed WHERE feed = 'LRS' FOR UPDATE SKIP LOCKED")
                .getResultList();
        if (locked.isEmpty()) {
            return 0;
        }
        long position = ((Number) locked.get(0)).longValue();
        List<Object[]> due = due(position);
        EventStatements mapping = new EventStatements(address.of("/"));
        Map<Long, CourseDefinition> courses = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<JsonValue> statements = new ArrayList<>();
        for (Object[] row : due) {
            long personId = ((Number) row[6]).longValue();
            Long versionId = row[7] == null ? null : ((Number) row[7]).longValue();
            EventFacts event = new EventFacts(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    instant(row[4]), ((Number) row[5]).longValue(), names.computeIfAbsent(personId, actors::of),
                    versionId == null ? null : courses.computeIfAbsent(versionId, this::course));
            mapping.statementOf(event).ifPresent(statements::add);
        }
        if (!statements.isEmpty()) {
            LrsClient samskab = clients.find(SAMSKAB_CLIENT).orElseThrow(() -> new IllegalStateException("V31 adds the Samskab client"));
            store.store(statements, clients.authorityOf(samskab), samskab.getId());
            if (forwarding.configured()) {
                queueForForwarding(statements);
            }
        }
        long last = due.isEmpty() ? position : ((Number) due.get(due.size() - 1)[0]).longValue();
        advance(position, due.size() == BATCH ? last : Long.MAX_VALUE);
        return statements.size();
    }

    /** The events after the position whose statements are not stored, oldest first, with what the mapping needs. */
    @SuppressWarnings("unchecked")
    private List<Object[]> due(long position) {
        String types = EventStatements.WITH_STATEMENT.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        return em.createNativeQuery("SELECT e.id, e.statement_id, e.type, e.detail, e.occurred_at, e.enrolment_id, e.person_id,"
                + " n.course_version_id FROM learning_event e JOIN enrolment n ON n.id = e.enrolment_id"
                + " WHERE e.id > ?1 AND e.type IN (" + types + ")"
                + " AND NOT EXISTS (SELECT 1 FROM xapi_statement s WHERE s.id = e.statement_id)"
                + " ORDER BY e.id LIMIT " + BATCH).setParameter(1, position).getResultList();
    }

    /**
     * Moves the position to the last event older than the horizon, and no further than the last
     * event of a full batch (the events after it are not looked at yet).
     */
    private void advance(long position, long ceiling) {
        Object settled = em.createNativeQuery("SELECT MAX(id) FROM learning_event WHERE id > ?1 AND occurred_at < ?2")
                .setParameter(1, position).setParameter(2, Timestamp.from(Instant.now().minus(HORIZON))).getSingleResult();
        if (settled != null) {
            long next = Math.min(((Number) settled).longValue(), ceiling);
            if (next > position) {
                em.createNativeQuery("UPDATE xapi_event_feed SET position = ?1 WHERE feed = 'LRS'").setParameter(1, next).executeUpdate();
            }
        }
    }

    private void queueForForwarding(List<JsonValue> statements) {
        Timestamp now = Timestamp.from(Instant.now());
        for (JsonValue statement : statements) {
            em.createNativeQuery("INSERT IGNORE INTO xapi_forward_outbox (statement_id, queued_at) VALUES (?1, ?2)")
                    .setParameter(1, ((JsonObject) statement).getString("id")).setParameter(2, now).executeUpdate();
        }
    }

    private CourseDefinition course(long versionId) {
        CourseVersion version = em.find(CourseVersion.class, versionId);
        return version == null ? null : version.definition();
    }

    private static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) column;
    }
}
