package dk.samskab.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Issues and checks the API's access tokens: JWTs signed with RS256 by a key pair kept in the
 * database, so that every node of a cluster signs and verifies alike. The public keys are
 * published as a JWK set, so that a client can check a token too.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    public static final String ISSUER = "samskab";
    public static final String AUDIENCE = "samskab-api";
    /** Tolerance for clocks that differ a little between nodes. */
    private static final Duration SKEW = Duration.ofSeconds(30);

    /** Why a token was refused (problem type token-&lt;reason&gt;). */
    public enum Refusal { MALFORMED, BAD_SIGNATURE, EXPIRED, WRONG_AUDIENCE }

    /** The outcome of a check: the client id, or why not. */
    public record Check(String clientId, Refusal refusal) {
        public boolean valid() {
            return refusal == null;
        }
    }

    /** A token as the token endpoint answers it. */
    public record Issued(String token, long expiresInSeconds) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "samskab.api.token-lifetime-seconds", defaultValue = "600")
    long lifetimeSeconds;

    private final Map<String, RSAKey> keys = new ConcurrentHashMap<>();
    private volatile RSAKey signingKey;

    public Issued issue(ApiClient client) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(client.getClientId())
                .claim("name", client.getName()).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(lifetimeSeconds)))
                .jwtID(UUID.randomUUID().toString()).build();
        RSAKey key = signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(
                com.nimbusds.jose.JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The access token could not be signed", e);
        }
        return new Issued(jwt.serialize(), lifetimeSeconds);
    }

    public Check check(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return new Check(null, Refusal.BAD_SIGNATURE);
            }
            Optional<RSAKey> key = key(jwt.getHeader().getKeyID());
            if (key.isEmpty() || !jwt.verify(new RSASSAVerifier(key.get()))) {
                return new Check(null, Refusal.BAD_SIGNATURE);
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!ISSUER.equals(claims.getIssuer()) || !claims.getAudience().contains(AUDIENCE)) {
                return new Check(null, Refusal.WRONG_AUDIENCE);
            }
            Date expires = claims.getExpirationTime();
            if (expires == null || expires.toInstant().plus(SKEW).isBefore(Instant.now())) {
                return new Check(null, Refusal.EXPIRED);
            }
            return new Check(claims.getSubject(), null);
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return new Check(null, Refusal.MALFORMED);
        }
    }

    /** The public keys, for /oauth/jwks. */
    public Map<String, Object> publicKeys() {
        signingKey();
        return new JWKSet(List.copyOf(keys.values())).toJSONObject(true);
    }

    private Optional<RSAKey> key(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        RSAKey key = keys.get(keyId);
        if (key == null) {
            // Made by another node since this one last read the keys.
            loadKeys();
            key = keys.get(keyId);
        }
        return Optional.ofNullable(key);
    }

    private RSAKey signingKey() {
        RSAKey key = signingKey;
        if (key == null) {
            synchronized (this) {
                if (signingKey == null) {
                    signingKey = loadKeys().orElseGet(this::generate);
                }
                key = signingKey;
            }
        }
        return key;
    }

    /** Reads every stored key; the newest signs. */
    Optional<RSAKey> loadKeys() {
        List<ApiSigningKey> stored = em.createQuery("SELECT k FROM ApiSigningKey k ORDER BY k.id DESC", ApiSigningKey.class)
                .getResultList();
        RSAKey newest = null;
        for (ApiSigningKey row : stored) {
            try {
                RSAKey key = RSAKey.parse(row.getJwk());
                keys.put(key.getKeyID(), key);
                newest = newest == null ? key : newest;
            } catch (ParseException e) {
                throw new IllegalStateException("Stored signing key " + row.getKeyId() + " cannot be read", e);
            }
        }
        return Optional.ofNullable(newest);
    }

    RSAKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            em.persist(new ApiSigningKey(key.getKeyID(), key.toJSONString()));
            keys.put(key.getKeyID(), key);
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("No signing key could be made", e);
        }
    }
}
