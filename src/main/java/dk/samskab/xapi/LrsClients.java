package dk.samskab.xapi;

import dk.samskab.account.PasswordHashing;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.platform.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Creates LRS clients, checks their Basic credentials and disables them, and says who a client is
 * as the authority of the statements it stores.
 */
@ApplicationScoped
@Transactional
public class LrsClients {

    /** A new client with its secret, which is shown this once and never stored in clear. */
    public record Created(LrsClient client, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    PublicAddress publicAddress;

    @Inject
    AuditLog audit;

    private final VerifiedSecrets verified = new VerifiedSecrets();

    /** A hash no secret matches, checked for an unknown key so that it takes as long as a known one. */
    private volatile String unknownKeyHash;

    public Created create(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 120) {
            throw new IllegalArgumentException("an LRS client needs a name of 1 to 120 characters");
        }
        String secret = token(32);
        LrsClient client = new LrsClient(clean, "lrs-" + token(12), hashing.hash(secret.toCharArray()));
        em.persist(client);
        audit.record(AuditAction.LRS_CLIENT_CREATED, client.getKey(), clean);
        return new Created(client, secret);
    }

    /** The LRS's address as clients outside reach it. */
    public String endpoint() {
        return publicAddress.of("/xapi/");
    }

    /** Every client admins manage, newest first: all but Samskab itself, the authority of its own statements, which cannot sign in. */
    public List<LrsClient> list() {
        return em.createQuery("SELECT c FROM LrsClient c WHERE c.key <> :samskab ORDER BY c.id DESC", LrsClient.class)
                .setParameter("samskab", EventFeed.SAMSKAB_CLIENT).getResultList();
    }

    /**
     * The enabled client with this key and secret; empty for an unknown key, a wrong secret or a
     * disabled client. Every refusal costs one PBKDF2 check, so that the time taken tells nothing of
     * which it was. No transaction: the slow check holds no database connection.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LrsClient> authenticate(BasicCredentials credentials) {
        Optional<LrsClient> client = find(credentials.key());
        if (client.isEmpty()) {
            hashing.matches(credentials.secret().toCharArray(), unknownKeyHash());
            return Optional.empty();
        }
        LrsClient found = client.get();
        boolean matches = verified.known(found.getKey(), found.getSecretHash(), credentials.secret())
                || hashing.matches(credentials.secret().toCharArray(), found.getSecretHash());
        if (matches && found.isEnabled()) {
            verified.remember(found.getKey(), found.getSecretHash(), credentials.secret());
            return client;
        }
        return Optional.empty();
    }

    /** Refuses the client from its next request on; returns whether there was such a client. */
    public boolean disable(String key) {
        Optional<LrsClient> client = find(key);
        client.ifPresent(LrsClient::disable);
        client.ifPresent(found -> audit.record(AuditAction.LRS_CLIENT_DISABLED, found.getKey(), found.getName()));
        verified.forget(key);
        return client.isPresent();
    }

    public Optional<LrsClient> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(LrsClient.BY_KEY, LrsClient.class).setParameter("key", key).getResultStream().findFirst();
    }

    /**
     * The client as the authority of the statements it stores (Data 2.4.9): an Agent whose account
     * is the client's key on this site. The LRS writes it into every statement the client sends,
     * whatever authority the statement claimed.
     */
    public JsonObject authorityOf(LrsClient client) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", client.getName())
                .add("account", Json.createObjectBuilder().add("homePage", publicAddress.of("/")).add("name", client.getKey()))
                .build();
    }

    private String unknownKeyHash() {
        if (unknownKeyHash == null) {
            unknownKeyHash = hashing.hash(token(32).toCharArray());
        }
        return unknownKeyHash;
    }

    private static String token(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
