package dk.samskab.account;

import dk.samskab.organisation.Person;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks e-mail and password against the accounts in the database. An unknown address, or a
 * disabled account, costs the same PBKDF2 work as a known one (against a hash of nothing anyone
 * knows), so the time of the answer never tells whether an account exists.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final int WARM_UP_CHECKS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Resource
    ManagedExecutorService background;

    private volatile String unknownAccountHash;

    /**
     * After start-up, in the background: the hash for unknown addresses is made, and a few checks
     * against it let the JIT compile the hash function before the first learners sign in.
     */
    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        background.execute(() -> {
            for (int i = 0; i < WARM_UP_CHECKS; i++) {
                passwords.matches(new char[0], unknownAccountHash());
            }
        });
    }

    private String unknownAccountHash() {
        String hash = unknownAccountHash;
        if (hash == null) {
            synchronized (this) {
                if (unknownAccountHash == null) {
                    unknownAccountHash = passwords.hash(java.util.UUID.randomUUID().toString().toCharArray());
                }
                hash = unknownAccountHash;
            }
        }
        return hash;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Account> account = find(credential.getCaller());
        String hash = account.map(Account::getPasswordHash).orElseGet(this::unknownAccountHash);
        boolean matches = passwords.matches(credential.getPassword().getValue(), hash);
        if (account.isEmpty() || !matches || !account.get().isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> roles = account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(account.get().getPerson().getEmail(), roles);
    }

    private Optional<Account> find(String login) {
        String email;
        try {
            email = Person.normaliseEmail(login);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst();
    }
}
