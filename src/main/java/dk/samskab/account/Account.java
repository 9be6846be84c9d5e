package dk.samskab.account;

import dk.samskab.organisation.Person;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The login of a person: the password hash and the roles. The login name is the person's e-mail. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "SELECT a FROM Account a WHERE a.person.email = :email")
public class Account extends BaseEntity {

    static final String BY_EMAIL = "Account.byEmail";

    @OneToOne(optional = false)
    @JoinColumn(name = "person_id", unique = true)
    private Person person;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    /** A new password, chosen through a one-time link. */
    void replacePassword(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangedAt = Instant.now();
    }

    /** When the owner last chose a new password; null if never since the account was made. */
    Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    Account(Person person, String passwordHash, Set<Role> roles) {
        this.person = person;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The page a user lands on after login: the most powerful role's home. */
    public String homePage() {
        return roles.stream().sorted().findFirst().orElse(Role.LEARNER).homePage();
    }

    public Person getPerson() {
        return person;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
