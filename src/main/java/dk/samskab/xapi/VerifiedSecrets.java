package dk.samskab.xapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The secrets this node has already verified against a client's PBKDF2 hash, as SHA-256 digests.
 * Basic authentication sends the secret with every request, and PBKDF2 is made to be slow: a
 * package posting a statement per click would spend most of its time on it. A secret seen before
 * for the same stored hash is therefore recognised by its digest; a new or wrong secret still goes
 * through PBKDF2. The secrets are random and long, so their digests give nothing away, and a
 * changed hash (a new secret) no longer matches what was kept.
 */
final class VerifiedSecrets {

    /** Enough for every client of a site; past it the memory is simply emptied and refilled. */
    static final int MAX_ENTRIES = 10_000;

    private record Verified(String secretHash, byte[] digest) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** Whether this secret was verified before against exactly this stored hash of the client. */
    boolean known(String key, String secretHash, String secret) {
        Verified seen = verified.get(key);
        return seen != null && seen.secretHash().equals(secretHash) && MessageDigest.isEqual(seen.digest(), digest(secret));
    }

    void remember(String key, String secretHash, String secret) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(key, new Verified(secretHash, digest(secret)));
    }

    void forget(String key) {
        verified.remove(key);
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
