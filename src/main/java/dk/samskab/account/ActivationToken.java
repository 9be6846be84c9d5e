package dk.samskab.account;

import dk.samskab.organisation.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link to choose a password; only the token's hash is kept. */
@Entity
@Table(name = "activation_token")
@NamedQuery(name = ActivationToken.BY_HASH, query = "SELECT t FROM ActivationToken t JOIN FETCH t.person WHERE t.tokenHash = :hash")
public class ActivationToken {

    static final String BY_HASH = "ActivationToken.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected ActivationToken() {
    }

    ActivationToken(Person person, String tokenHash, Instant expiresAt) {
        this.person = person;
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    public Person getPerson() {
        return person;
    }
}
