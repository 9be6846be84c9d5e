package dk.samskab.xapi;

import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A system that sends statements to the LRS or reads them (an e-learning package's run-time, a
 * learning analytics tool). It signs in with HTTP Basic: its key as the user name and a secret
 * that is stored only as a PBKDF2 hash. A disabled client is refused at once; it is never deleted,
 * since the statements it stored name it as their authority.
 */
@Entity
@Table(name = "xapi_client")
@NamedQuery(name = LrsClient.BY_KEY, query = "SELECT c FROM LrsClient c WHERE c.key = :key")
public class LrsClient extends BaseEntity {

    static final String BY_KEY = "LrsClient.byKey";

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "client_key", nullable = false, length = 64)
    private String key;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private boolean enabled;

    protected LrsClient() {
    }

    LrsClient(String name, String key, String secretHash) {
        this.name = name;
        this.key = key;
        this.secretHash = secretHash;
        this.enabled = true;
    }

    void disable() {
        enabled = false;
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return key;
    }

    String getSecretHash() {
        return secretHash;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
