package dk.samskab.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The provider sessions that have ended, as every node knows them: the node that receives a
 * back-channel logout stores it and knows at once; the others read new ones every few seconds
 * (EndedProviderSessionsRefresh). Each request of a session signed in through a provider asks
 * here, from memory, whether its provider session still lives.
 */
@ApplicationScoped
public class EndedProviderSessions {

    /** Longer than any Samskab session lives, so older endings can no longer matter. */
    static final Duration KEPT = Duration.ofHours(12);

    @PersistenceContext
    EntityManager em;

    /** "provider sid:…" or "provider sub:…", and when it ended. */
    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private final AtomicLong lastRead = new AtomicLong();

    @Transactional
    public void end(String provider, String sid, String subject) {
        EndedProviderSession session = new EndedProviderSession(provider, sid, subject);
        em.persist(session);
        em.flush();
        remember(session);
    }

    /** Whether the provider has ended this session: its sid, or all of the subject's sessions since it began. */
    public boolean hasEnded(String provider, String sid, String subject, Instant signedInAt) {
        if (sid != null && ended.containsKey(provider + " sid:" + sid)) {
            return true;
        }
        Instant allEnded = subject == null ? null : ended.get(provider + " sub:" + subject);
        return allEnded != null && !allEnded.isBefore(signedInAt);
    }

    /** Reads the endings other nodes have stored since the last read, and forgets the old ones. */
    @Transactional
    public void refresh() {
        em.createQuery("SELECT e FROM EndedProviderSession e WHERE e.id > :last ORDER BY e.id", EndedProviderSession.class)
                .setParameter("last", lastRead.get()).getResultList().forEach(this::remember);
        Instant horizon = Instant.now().minus(KEPT);
        ended.values().removeIf(at -> at.isBefore(horizon));
    }

    private void remember(EndedProviderSession session) {
        String key = session.getSid() != null ? session.getProvider() + " sid:" + session.getSid()
                : session.getProvider() + " sub:" + session.getSubject();
        ended.merge(key, session.getCreatedAt(), (a, b) -> a.isAfter(b) ? a : b);
        lastRead.accumulateAndGet(session.getId(), Math::max);
    }
}
