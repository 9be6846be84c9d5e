package dk.samskab.access;

import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.Person;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A system that calls the API for an organisation: an HR or student system, a data warehouse.
 * It signs in with its client id and a secret that is stored only as a hash, and it sees what its
 * scope allows: everything (made by an admin), its owner's scope as a training manager, or the
 * organisations and partnerships named.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.BY_CLIENT_ID, query = "SELECT c FROM ApiClient c WHERE c.clientId = :clientId")
public class ApiClient extends BaseEntity {

    static final String BY_CLIENT_ID = "ApiClient.byClientId";

    /** What a client's scope is made of. */
    public enum ScopeKind { ALL, MANAGER, ORGANISATIONS }

    @Column(name = "client_id", nullable = false, length = 40)
    private String clientId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind", nullable = false, length = 20)
    private ScopeKind scopeKind;

    @Column(name = "may_write", nullable = false)
    private boolean readWrite;

    @Column(name = "requests_per_minute", nullable = false)
    private int requestsPerMinute;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @ManyToMany
    @JoinTable(name = "api_client_scope", joinColumns = @JoinColumn(name = "api_client_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private List<Organisation> organisations = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "api_client_scope", joinColumns = @JoinColumn(name = "api_client_id"),
            inverseJoinColumns = @JoinColumn(name = "partnership_id"))
    private List<Partnership> partnerships = new ArrayList<>();

    protected ApiClient() {
    }

    ApiClient(String clientId, String name, String secretHash, ScopeKind scopeKind, boolean readWrite, int requestsPerMinute,
            Person owner, String createdBy) {
        this.clientId = clientId;
        this.name = name;
        this.secretHash = secretHash;
        this.scopeKind = scopeKind;
        this.readWrite = readWrite;
        this.requestsPerMinute = requestsPerMinute;
        this.owner = owner;
        this.createdBy = createdBy;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    String getSecretHash() {
        return secretHash;
    }

    public ScopeKind getScopeKind() {
        return scopeKind;
    }

    public boolean isReadWrite() {
        return readWrite;
    }

    public int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public Person getOwner() {
        return owner;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public List<Partnership> getPartnerships() {
        return partnerships;
    }
}
