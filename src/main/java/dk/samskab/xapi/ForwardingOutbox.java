package dk.samskab.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Delivers the queued statements to the external LRS, oldest first, a batch at a time. The queue
 * and the back-off are rows in the database: a restart, or another node, goes on where it stopped.
 * A batch leaves the queue only in the transaction that follows its delivery; a crash in between
 * sends it again, which the fixed ids make harmless. Failures are retried after a back-off that
 * doubles up to the configured cap, and the batch stays at the head, so the order is kept.
 */
@ApplicationScoped
public class ForwardingOutbox {

    private static final Logger LOG = Logger.getLogger(ForwardingOutbox.class.getName());

    /** Where forwarding stands, for the admins' page. */
    public record Status(boolean configured, String endpoint, long deliveredUpTo, long waiting, int failures, Instant nextAttempt,
            String lastError, Instant lastDelivery) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ForwardingSettings settings;

    @Inject
    ExternalLrs lrs;

    /**
     * Sends the next batch if one is due and no other node is sending; returns how many statements
     * were delivered. The feed's row stays locked while the batch is sent, so one node sends at a time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliverNext() {
        if (!settings.configured()) {
            return 0;
        }
        List<?> locked = em.createNativeQuery("SELECT attempts, next_attempt_at FROM xapi_event_feed WHERE feed = 'FORWARD'"
                + " FOR UPDATE SKIP LOCKED").getResultList();
        if (locked.isEmpty()) {
            return 0;
        }
        Object[] feed = (Object[]) locked.get(0);
        int failures = ((Number) feed[0]).intValue();
        Instant next = instant(feed[1]);
        if (next != null && Instant.now().isBefore(next)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> queued = em.createNativeQuery("SELECT o.seq, s.statement FROM xapi_forward_outbox o"
                + " JOIN xapi_statement s ON s.id = o.statement_id ORDER BY o.seq LIMIT " + settings.batchSize()).getResultList();
        if (queued.isEmpty()) {
            return 0;
        }
        List<JsonObject> statements = queued.stream().map(row -> asSent(StatementStore.text(row[1]))).toList();
        try {
            lrs.deliver(statements);
        } catch (ForwardingFailure failure) {
            failed(failures + 1, failure.getMessage());
            return 0;
        }
        String seqs = queued.stream().map(row -> row[0].toString()).collect(Collectors.joining(", "));
        em.createNativeQuery("DELETE FROM xapi_forward_outbox WHERE seq IN (" + seqs + ")").executeUpdate();
        em.createNativeQuery("UPDATE xapi_event_feed SET position = GREATEST(position, ?1), attempts = 0, next_attempt_at = NULL,"
                + " last_error = NULL, last_success_at = ?2 WHERE feed = 'FORWARD'")
                .setParameter(1, ((Number) queued.get(queued.size() - 1)[0]).longValue()).setParameter(2, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (failures > 0) {
            LOG.info("The external LRS takes statements again after " + failures + " failed attempts");
        }
        return statements.size();
    }

    private void failed(int failures, String error) {
        Instant next = Instant.now().plus(Backoff.after(failures, settings.maxBackoff()));
        em.createNativeQuery("UPDATE xapi_event_feed SET attempts = ?1, next_attempt_at = ?2, last_error = ?3 WHERE feed = 'FORWARD'")
                .setParameter(1, failures).setParameter(2, Timestamp.from(next))
                .setParameter(3, error.length() > 500 ? error.substring(0, 500) : error).executeUpdate();
        if (failures == 1) {
            LOG.warning("Statements could not be forwarded to the external LRS; retrying with back-off: " + error);
        } else {
            LOG.log(Level.FINE, "Forwarding failed again ({0}): {1}", new Object[] {failures, error});
        }
    }

    /** The statement as Samskab made it: the built-in LRS's stored time and authority are its own, not the other LRS's. */
    private static JsonObject asSent(String stored) {
        try (JsonReader reader = Json.createReader(new StringReader(stored))) {
            return Json.createObjectBuilder(reader.readObject()).remove("stored").remove("authority").build();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Status status() {
        Object[] feed = (Object[]) em.createNativeQuery("SELECT position, attempts, next_attempt_at, last_error, last_success_at"
                + " FROM xapi_event_feed WHERE feed = 'FORWARD'").getSingleResult();
        long waiting = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM xapi_forward_outbox").getSingleResult()).longValue();
        return new Status(settings.configured(), settings.configured() ? settings.statements().toString() : null,
                ((Number) feed[0]).longValue(), waiting, ((Number) feed[1]).intValue(), instant(feed[2]), (String) feed[3],
                instant(feed[4]));
    }

    private static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) column;
    }
}
