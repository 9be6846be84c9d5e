package dk.samskab.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes new passwords with the same PBKDF2 settings that the identity store verifies with. */
@ApplicationScoped
public class PasswordHashing {

    // OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. Public for tools that write hashes
    // straight into the database (the benchmark's accounts) in the format the store verifies.
    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 64;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
                "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES)));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }
}
