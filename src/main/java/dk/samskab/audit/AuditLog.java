package dk.samskab.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes and reads the audit log. Who acted and from where come from the current request (none
 * for scheduled work). An entry written with the work it records commits or rolls back with it;
 * refused sign-ins are written on their own, so they count even though nothing else happens.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<HttpServletRequest> requests;

    /** Reverse proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDR ranges). */
    @Inject
    @ConfigProperty(name = "samskab.trusted-proxies")
    java.util.Optional<String> trustedProxies;

    /** The setting, read once: it does not change while the application runs. */
    private volatile ForwardedClient forwardedClient;

    /** Records an action of the current user, as part of the current transaction. */
    public void record(AuditAction action, String subject, String detail) {
        em.persist(new AuditEvent(actor(), clientAddress(), action, subject, detail));
    }

    /** Records an action in a transaction of its own, kept whatever happens to the caller's work. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(AuditAction action, String subject, String detail) {
        em.persist(new AuditEvent(actor(), clientAddress(), action, subject, detail));
    }

    /**
     * Records what a caller without a container sign-in did (an API client, named by the
     * actor), in a transaction of its own so that refused calls are kept too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFor(String actor, AuditAction action, String subject, String detail) {
        em.persist(new AuditEvent(actor, clientAddress(), action, subject, detail));
    }

    /** How often the action happened to a subject since a moment. */
    public long countForSubject(AuditAction action, String subject, Instant since) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.action = :action AND a.subject = :subject"
                + " AND a.occurredAt >= :since", Long.class).setParameter("action", action).setParameter("subject", subject)
                .setParameter("since", since).getSingleResult();
    }

    /** How often the action happened to a subject from one client address since a moment. */
    public long countForSubjectFromAddress(AuditAction action, String subject, String address, Instant since) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.action = :action AND a.subject = :subject"
                + " AND a.address = :address AND a.occurredAt >= :since", Long.class).setParameter("action", action)
                .setParameter("subject", subject).setParameter("address", address).setParameter("since", since)
                .getSingleResult();
    }

    /** How often the action came from a client address since a moment. */
    public long countFromAddress(AuditAction action, String address, Instant since) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.action = :action AND a.address = :address"
                + " AND a.occurredAt >= :since", Long.class).setParameter("action", action).setParameter("address", address)
                .setParameter("since", since).getSingleResult();
    }

    /** The newest entries, optionally about or by one person (e-mail) and of one action. */
    public List<AuditEvent> newest(String person, AuditAction action, int limit) {
        String who = person == null || person.isBlank() ? null : person.strip().toLowerCase(java.util.Locale.ROOT);
        return em.createQuery("SELECT a FROM AuditEvent a WHERE (:who IS NULL OR a.actor = :who OR a.subject = :who)"
                + " AND (:action IS NULL OR a.action = :action) ORDER BY a.id DESC", AuditEvent.class)
                .setParameter("who", who).setParameter("action", action).setMaxResults(limit).getResultList();
    }

    /** Every entry by or about a person, oldest first (for their own data export). */
    public List<AuditEvent> about(String email) {
        return em.createQuery("SELECT a FROM AuditEvent a WHERE a.actor = :who OR a.subject = :who ORDER BY a.id",
                AuditEvent.class).setParameter("who", email).getResultList();
    }

    /** The client's address: the remote end, or the address the nearest trusted proxies were reached from. */
    public String clientAddress() {
        HttpServletRequest request = request();
        if (request == null) {
            return null;
        }
        if (forwardedClient == null) {
            forwardedClient = ForwardedClient.trusting(trustedProxies.orElse(null));
        }
        return forwardedClient.clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    private String actor() {
        HttpServletRequest request = request();
        return request == null || request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    private HttpServletRequest request() {
        try {
            HttpServletRequest request = requests.get();
            request.getMethod();
            return request;
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException outsideARequest) {
            return null;
        }
    }
}
