package dk.samskab.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The opaque name each person has as an xAPI actor on this site (account.name): a random UUID,
 * given the first time the person needs one, never derived from their id, e-mail or name.
 */
@ApplicationScoped
@Transactional
public class ActorNames {

    @PersistenceContext
    EntityManager em;

    /**
     * The person's name, given now if they have none. The read locks the row until the caller's
     * transaction ends, so an erasure renaming the person waits for the statements made with the
     * old name, and a statement made after the erasure reads the new one (a locking read sees the
     * latest committed row, not the transaction's snapshot).
     */
    public String of(long personId) {
        em.createNativeQuery("INSERT IGNORE INTO xapi_actor (person_id, account_name) VALUES (?1, ?2)")
                .setParameter(1, personId).setParameter(2, UUID.randomUUID().toString()).executeUpdate();
        return (String) em.createNativeQuery("SELECT account_name FROM xapi_actor WHERE person_id = ?1 LOCK IN SHARE MODE")
                .setParameter(1, personId).getSingleResult();
    }

    /**
     * Gives the person a fresh name and returns the one they had (null if none). Waits for statements
     * being made with the old name to commit.
     */
    public String renew(long personId) {
        var old = em.createNativeQuery("SELECT account_name FROM xapi_actor WHERE person_id = ?1 FOR UPDATE")
                .setParameter(1, personId).getResultList();
        em.createNativeQuery("INSERT INTO xapi_actor (person_id, account_name) VALUES (?1, ?2)"
                + " ON DUPLICATE KEY UPDATE account_name = VALUES(account_name)")
                .setParameter(1, personId).setParameter(2, UUID.randomUUID().toString()).executeUpdate();
        return old.isEmpty() ? null : (String) old.get(0);
    }

    /** The person's current name, if they have one; for reading only. */
    public String current(long personId) {
        var found = em.createNativeQuery("SELECT account_name FROM xapi_actor WHERE person_id = ?1").setParameter(1, personId)
                .getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }
}
