package dk.samskab.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The key pair that signs access tokens, as a JSON Web Key; one for every node of a cluster. */
@Entity
@Table(name = "api_signing_key")
class ApiSigningKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_id", nullable = false, length = 64)
    private String keyId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String jwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected ApiSigningKey() {
    }

    ApiSigningKey(String keyId, String jwk) {
        this.keyId = keyId;
        this.jwk = jwk;
    }

    String getKeyId() {
        return keyId;
    }

    String getJwk() {
        return jwk;
    }
}
