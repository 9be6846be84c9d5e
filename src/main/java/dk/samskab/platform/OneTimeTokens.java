package dk.samskab.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Random tokens for mailed links and remembered browsers: 32 random bytes, written as 43 URL-safe
 * characters. The database keeps only a token's SHA-256 hash, so a copy of the database opens no link.
 */
@ApplicationScoped
public class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    public String issue() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The hash to look a token up by, if the text has the form of a token at all. */
    public Optional<String> valid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}") ? Optional.of(hash(token)) : Optional.empty();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
