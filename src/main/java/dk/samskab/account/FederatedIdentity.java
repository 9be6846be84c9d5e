package dk.samskab.account;

import dk.samskab.organisation.Person;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's identity at an organisation's OpenID Connect provider: the provider and its stable subject id. */
@Entity
@Table(name = "federated_identity")
public class FederatedIdentity extends BaseEntity {

    @Column(nullable = false, length = 60)
    private String provider;

    @Column(nullable = false)
    private String subject;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "last_acr")
    private String lastAcr;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    protected FederatedIdentity() {
    }

    FederatedIdentity(String provider, String subject, Person person) {
        this.provider = provider;
        this.subject = subject;
        this.person = person;
    }

    void signedIn(String acr) {
        lastAcr = acr;
        lastSignInAt = Instant.now();
    }

    public Person getPerson() {
        return person;
    }

    public String getProvider() {
        return provider;
    }

    public String getSubject() {
        return subject;
    }
}
