package dk.samskab.account;

import dk.samskab.platform.OneTimeTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The browsers each account has signed in from, remembered by a random token in a long-lived
 * cookie. Only the token's hash is stored; each account keeps its ten most recent browsers.
 */
@ApplicationScoped
@Transactional
public class KnownDevices {

    public static final String COOKIE = "samskab-device";
    static final int KEPT_PER_ACCOUNT = 10;

    @Inject
    OneTimeTokens tokens;

    @PersistenceContext
    EntityManager em;

    /** Whether the browser's token belongs to the account with this e-mail. */
    public boolean recognises(String email, String token) {
        return find(email, token).isPresent();
    }

    /** Remembers the browser after a sign-in; returns the token its cookie should carry. */
    public String remember(String email, String token) {
        Optional<KnownDevice> known = find(email, token);
        if (known.isPresent()) {
            known.get().seen();
            return token;
        }
        Account account = em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
        String fresh = tokens.issue();
        em.persist(new KnownDevice(account, OneTimeTokens.hash(fresh)));
        List<Long> older = em.createQuery("SELECT d.id FROM KnownDevice d WHERE d.account = :account"
                + " ORDER BY d.lastUsedAt DESC, d.id DESC", Long.class).setParameter("account", account)
                .setFirstResult(KEPT_PER_ACCOUNT).getResultList();
        if (!older.isEmpty()) {
            em.createQuery("DELETE FROM KnownDevice d WHERE d.id IN :ids").setParameter("ids", older).executeUpdate();
        }
        return fresh;
    }

    private Optional<KnownDevice> find(String email, String token) {
        if (email == null) {
            return Optional.empty();
        }
        return tokens.valid(token).flatMap(hash -> em.createQuery("SELECT d FROM KnownDevice d WHERE d.tokenHash = :hash"
                + " AND d.account.person.email = :email", KnownDevice.class).setParameter("hash", hash)
                .setParameter("email", email).getResultStream().findFirst());
    }
}
