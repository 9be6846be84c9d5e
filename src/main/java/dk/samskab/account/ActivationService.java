package dk.samskab.account;

import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import dk.samskab.platform.OneTimeTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * One-time links with which a person enrolled by someone else chooses their password and gets
 * a learner account. The token is 32 random bytes; the database keeps only its SHA-256 hash.
 */
@ApplicationScoped
@Transactional
public class ActivationService {

    /** How long a link works. */
    public static final Duration VALID_FOR = Duration.ofDays(14);

    /** Shortest password accepted, as for registration. */
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    /** Why an activation was refused (bundle key activation.refused.&lt;REASON&gt;). */
    public enum Refusal { INVALID_LINK, PASSWORDS_DIFFER }

    public static class ActivationException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        ActivationException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    @Inject
    OneTimeTokens tokens;

    @Inject
    dk.samskab.audit.AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /** A new link token for the person (who has no account yet); the caller mails it. */
    public String issue(Person person) {
        return issue(person, VALID_FOR);
    }

    /** A new link token, valid for the given time; the caller mails it. */
    public String issue(Person person, Duration validFor) {
        String token = tokens.issue();
        em.persist(new ActivationToken(em.merge(person), OneTimeTokens.hash(token), Instant.now().plus(validFor)));
        return token;
    }

    /** The person a still usable link is for. */
    public Optional<Person> personFor(String token) {
        return find(token).map(ActivationToken::getPerson);
    }

    /** Chooses the password: the link is used up and the person can log in as a learner. */
    public Person activate(String token, String password, String repeated) {
        ActivationToken found = find(token).orElseThrow(() -> new ActivationException(Refusal.INVALID_LINK));
        PasswordPolicy.require(password, found.getPerson().getEmail());
        if (!password.equals(repeated)) {
            throw new ActivationException(Refusal.PASSWORDS_DIFFER);
        }
        found.use(Instant.now());
        String email = found.getPerson().getEmail();
        if (accounts.findByEmail(email).isEmpty()) {
            accounts.createAccount(found.getPerson(), password.toCharArray(), Set.of(Role.LEARNER));
            audit.record(dk.samskab.audit.AuditAction.PASSWORD_SET, email, "activation link");
        } else {
            accounts.replacePassword(email, password.toCharArray());
            // Any other link still out for this person stops working with the new password.
            em.createQuery("UPDATE ActivationToken t SET t.usedAt = :now WHERE t.person = :person AND t.usedAt IS NULL")
                    .setParameter("now", Instant.now()).setParameter("person", found.getPerson()).executeUpdate();
            audit.record(dk.samskab.audit.AuditAction.PASSWORD_SET, email, "reset link");
        }
        return found.getPerson();
    }

    private Optional<ActivationToken> find(String token) {
        return tokens.valid(token).flatMap(hash -> em.createNamedQuery(ActivationToken.BY_HASH, ActivationToken.class)
                .setParameter("hash", hash).getResultStream().filter(t -> t.usable(Instant.now())).findFirst());
    }
}
