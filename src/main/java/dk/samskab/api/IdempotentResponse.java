package dk.samskab.api;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a create sent with an Idempotency-Key, given again to every retry with that key. */
@Entity
@Table(name = "api_idempotency")
class IdempotentResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "api_client_id", nullable = false)
    private long clientId;

    @Column(name = "idempotency_key", nullable = false)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(nullable = false)
    private int status;

    @Column(length = 500)
    private String location;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected IdempotentResponse() {
    }

    IdempotentResponse(long clientId, String key, String requestHash) {
        this.clientId = clientId;
        this.key = key;
        this.requestHash = requestHash;
        this.body = "";
    }

    void answer(int status, String location, String body) {
        this.status = status;
        this.location = location;
        this.body = body;
    }

    String getRequestHash() {
        return requestHash;
    }

    int getStatus() {
        return status;
    }

    String getLocation() {
        return location;
    }

    String getBody() {
        return body;
    }
}
