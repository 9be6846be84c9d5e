package dk.samskab.account;

import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** Creates accounts and answers who is signed in. */
@ApplicationScoped
@Transactional
public class AccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    public Account createAccount(Person person, char[] password, Set<Role> roles) {
        if (findByEmail(person.getEmail()).isPresent()) {
            throw new IllegalArgumentException("An account exists already for " + person.getEmail());
        }
        Person managed = em.merge(person);
        Account account = new Account(managed, passwords.hash(password), roles);
        em.persist(account);
        return account;
    }

    /** An account whose password was chosen earlier and kept only as its hash (see {@link #hashOf}). */
    public Account createAccountWithHash(Person person, String passwordHash, Set<Role> roles) {
        if (findByEmail(person.getEmail()).isPresent()) {
            throw new IllegalArgumentException("An account exists already for " + person.getEmail());
        }
        Account account = new Account(em.merge(person), passwordHash, roles);
        em.persist(account);
        return account;
    }

    /** The stored form of a password, for a registration that waits to be confirmed. */
    public String hashOf(char[] password) {
        return passwords.hash(password);
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    /** As findByEmail, but empty for anything that is not an e-mail address. */
    public Optional<Account> findByEmailQuietly(String login) {
        try {
            return findByEmail(login);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /** False also for anything that is not an e-mail address, as typed into a form. */
    public boolean hasRole(String email, Role role) {
        return findByEmailQuietly(email).map(a -> a.getRoles().contains(role)).orElse(false);
    }

    /** The stored hash, for checks that passwords never sit in the database in clear text. */
    public String storedHash(String email) {
        return findByEmail(email).map(Account::getPasswordHash).orElseThrow();
    }

    /** Replaces the password of an existing account with the hash of a new one. */
    void replacePassword(String email, char[] password) {
        findByEmail(email).orElseThrow().replacePassword(passwords.hash(password));
    }

    /**
     * Notes the time of a sign-in. A plain update, not a versioned one: the same person signing in
     * on a phone and a laptop at once must not make either sign-in fail, and the latest time wins.
     */
    public void recordLogin(String email) {
        findByEmail(email).ifPresent(account -> em.createQuery("UPDATE Account a SET a.lastLoginAt = :now WHERE a.id = :id")
                .setParameter("now", java.time.Instant.now()).setParameter("id", account.getId()).executeUpdate());
    }
}
