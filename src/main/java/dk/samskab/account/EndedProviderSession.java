package dk.samskab.account;

import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A session the provider has ended: one session (sid), or, without one, every session of the subject begun before now. */
@Entity
@Table(name = "ended_provider_session")
public class EndedProviderSession extends BaseEntity {

    @Column(nullable = false, length = 60)
    private String provider;

    @Column
    private String sid;

    @Column
    private String subject;

    protected EndedProviderSession() {
    }

    EndedProviderSession(String provider, String sid, String subject) {
        this.provider = provider;
        this.sid = sid;
        this.subject = subject;
    }

    String getProvider() {
        return provider;
    }

    String getSid() {
        return sid;
    }

    String getSubject() {
        return subject;
    }
}
