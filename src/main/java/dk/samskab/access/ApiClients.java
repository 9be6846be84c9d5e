package dk.samskab.access;

import dk.samskab.account.PasswordHashing;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates, lists and revokes API clients, checks their secrets, and turns a client into the
 * {@link Caller} its requests act as. An admin may give a client any scope; a training manager
 * only their own, so a manager's client sees exactly what the manager sees.
 */
@ApplicationScoped
@Transactional
public class ApiClients {

    /** Why a client could not be made (bundle key apiClients.refused.&lt;REASON&gt;). */
    public enum Refusal { NAME_MISSING, SCOPE_MISSING, NOT_ALLOWED, LIMIT_OUT_OF_RANGE }

    public static class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** What the creator asks for; organisation and partnership codes only for scope ORGANISATIONS. */
    public record Request(String name, ApiClient.ScopeKind scope, List<String> organisationCodes, List<String> partnershipCodes,
            boolean readWrite, int requestsPerMinute) {
    }

    /** A new client and its secret, which is shown this once and never stored in clear. */
    public record Created(ApiClient client, String secret) {
    }

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
    static final int MAX_REQUESTS_PER_MINUTE = 60_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    PeopleService people;

    @Inject
    ManagerScopes managerScopes;

    @Inject
    AuditLog audit;

    public Created create(Caller creator, Request request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new RefusedException(Refusal.NAME_MISSING);
        }
        if (request.requestsPerMinute() < 1 || request.requestsPerMinute() > MAX_REQUESTS_PER_MINUTE) {
            throw new RefusedException(Refusal.LIMIT_OUT_OF_RANGE);
        }
        ApiClient.ScopeKind kind = creator.isAdmin() ? request.scope() : ApiClient.ScopeKind.MANAGER;
        if (kind == null || (!creator.isAdmin() && !creator.isManager())) {
            throw new RefusedException(kind == null ? Refusal.SCOPE_MISSING : Refusal.NOT_ALLOWED);
        }
        Person owner = null;
        if (kind == ApiClient.ScopeKind.MANAGER) {
            owner = creator.isManager() ? people.findByEmail(creator.email()).orElse(null) : null;
            if (owner == null) {
                throw new RefusedException(Refusal.NOT_ALLOWED);
            }
        }
        String secret = token(32);
        ApiClient client = new ApiClient("sk-" + token(12), name, hashing.hash(secret.toCharArray()), kind, request.readWrite(),
                request.requestsPerMinute(), owner, creator.email());
        if (kind == ApiClient.ScopeKind.ORGANISATIONS) {
            client.getOrganisations().addAll(found(Organisation.class, request.organisationCodes()));
            client.getPartnerships().addAll(found(Partnership.class, request.partnershipCodes()));
            if (client.getOrganisations().isEmpty() && client.getPartnerships().isEmpty()) {
                throw new RefusedException(Refusal.SCOPE_MISSING);
            }
        }
        em.persist(client);
        audit.record(AuditAction.API_CLIENT_CREATED, client.getClientId(), name);
        return new Created(client, secret);
    }

    private <T> List<T> found(Class<T> type, List<String> codes) {
        List<T> found = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            em.createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.code = :code", type)
                    .setParameter("code", code).getResultStream().findFirst().ifPresent(found::add);
        }
        return found;
    }

    /** The clients the caller may see and revoke: all for an admin, their own for a manager. */
    public List<ApiClient> visibleTo(Caller caller) {
        if (caller.isAdmin()) {
            return em.createQuery("SELECT c FROM ApiClient c ORDER BY c.revokedAt, c.name", ApiClient.class).getResultList();
        }
        return em.createQuery("SELECT c FROM ApiClient c WHERE c.owner.email = :email ORDER BY c.revokedAt, c.name",
                ApiClient.class).setParameter("email", caller.email()).getResultList();
    }

    /** Revokes at once: the client's next request is refused, whatever tokens it still holds. */
    public boolean revoke(Caller caller, long id) {
        Optional<ApiClient> client = visibleTo(caller).stream().filter(c -> c.getId() == id).findFirst();
        client.filter(ApiClient::isActive).ifPresent(c -> {
            c.revoke();
            audit.record(AuditAction.API_CLIENT_REVOKED, c.getClientId(), c.getName());
        });
        return client.isPresent();
    }

    /** The active client with this id and secret; empty for an unknown id, a wrong secret or a revoked client. */
    public Optional<ApiClient> authenticate(String clientId, String secret) {
        Optional<ApiClient> client = active(clientId);
        return client.filter(c -> secret != null && hashing.matches(secret.toCharArray(), c.getSecretHash()));
    }

    /** The client, if it exists and is not revoked. */
    public Optional<ApiClient> active(String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiClient.BY_CLIENT_ID, ApiClient.class).setParameter("clientId", clientId)
                .getResultStream().findFirst().filter(ApiClient::isActive);
    }

    /**
     * Whom the client's requests act as: a training manager of the scope's organisations, or,
     * for scope ALL, an admin who also manages every organisation.
     */
    public Caller callerOf(ApiClient client) {
        String actor = "api:" + client.getClientId();
        return switch (client.getScopeKind()) {
            case ALL -> new Caller(actor, Set.of(Caller.ADMIN, Caller.TRAINING_MANAGER), null, allOrganisations());
            case MANAGER -> new Caller(actor, Set.of(Caller.TRAINING_MANAGER), null,
                    managerScopes.organisationsOf(client.getOwner().getId()));
            case ORGANISATIONS -> new Caller(actor, Set.of(Caller.TRAINING_MANAGER), null, organisationsOf(client));
        };
    }

    private Set<Long> allOrganisations() {
        return em.createQuery("SELECT o.id FROM Organisation o", Long.class).getResultStream().collect(Collectors.toSet());
    }

    /** The organisations named, and the municipality and members of each partnership named. */
    private static Set<Long> organisationsOf(ApiClient client) {
        Set<Long> ids = new HashSet<>();
        client.getOrganisations().forEach(o -> ids.add(o.getId()));
        for (Partnership partnership : client.getPartnerships()) {
            ids.add(partnership.getMunicipality().getId());
            partnership.getCivilSocietyPartners().forEach(o -> ids.add(o.getId()));
        }
        return Set.copyOf(ids);
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
