package dk.samskab.account;

import dk.samskab.organisation.Person;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
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

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    private String unknownAccountHash;

    @PostConstruct
    void prepare() {
        unknownAccountHash = passwords.hash(java.util.UUID.randomUUID().toString().toCharArray());
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<Account> account = find(credential.getCaller());
        String hash = account.map(Account::getPasswordHash).orElse(unknownAccountHash);
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
