package dk.samskab.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Creates with an Idempotency-Key happen once. The key's row is written first, in the same
 * transaction as the create: a concurrent retry with the same key waits on the row's unique
 * index and, once the first commits, is answered with the first's stored response; if the first
 * fails, nothing of it is kept and the retry does the work.
 */
@ApplicationScoped
public class Idempotency {

    static final String HEADER = "Idempotency-Key";

    @Inject
    ApiRequest request;

    @Inject
    Idempotency self;

    @PersistenceContext
    EntityManager em;

    /** Runs the create once per key (every time without one); the request identifies what is created. */
    public Response once(String key, Object requestBody, Supplier<Response> create) {
        if (key == null) {
            return self.inTransaction(create);
        }
        if (key.isBlank() || key.length() > 255) {
            throw ApiProblem.invalid(HEADER, "must be 1 to 255 characters");
        }
        String hash = hash(requestBody);
        try {
            return self.firstTime(key, hash, create);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            if (!duplicateKey(e)) {
                throw e;
            }
            return self.replay(key, hash);
        }
    }

    @Transactional
    public Response inTransaction(Supplier<Response> create) {
        return create.get();
    }

    @Transactional
    public Response firstTime(String key, String hash, Supplier<Response> create) {
        IdempotentResponse stored = find(key);
        if (stored != null) {
            return replay(stored, hash);
        }
        IdempotentResponse row = new IdempotentResponse(request.client().getId(), key, hash);
        em.persist(row);
        em.flush();
        Response response = create.get();
        Object entity = response.getEntity();
        URI location = response.getLocation();
        row.answer(response.getStatus(), location == null ? null : location.toString(),
                entity == null ? "" : JsonConfig.jsonb().toJson(entity));
        return response;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Response replay(String key, String hash) {
        IdempotentResponse stored = find(key);
        if (stored == null) {
            throw ApiProblem.conflict("idempotency-in-progress", "A request with this Idempotency-Key failed; send it again.");
        }
        return replay(stored, hash);
    }

    private Response replay(IdempotentResponse stored, String hash) {
        if (!stored.getRequestHash().equals(hash)) {
            throw new ApiProblem(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was used before for a different request; use a new key for a new request.");
        }
        Response.ResponseBuilder response = Response.status(stored.getStatus()).header("Idempotent-Replayed", "true");
        if (stored.getLocation() != null) {
            response.location(URI.create(stored.getLocation()));
        }
        if (!stored.getBody().isEmpty()) {
            response.entity(stored.getBody()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }

    private IdempotentResponse find(String key) {
        return em.createQuery("SELECT r FROM IdempotentResponse r WHERE r.clientId = :client AND r.key = :key",
                IdempotentResponse.class).setParameter("client", request.client().getId()).setParameter("key", key)
                .getResultStream().findFirst().orElse(null);
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("uq_api_idempotency")) {
                return true;
            }
        }
        return false;
    }

    private static String hash(Object body) {
        try {
            byte[] json = JsonConfig.jsonb().toJson(body).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
