package dk.samskab.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes new passwords with the same PBKDF2 settings that the identity store verifies with. */
@ApplicationScoped
public class PasswordHashing {

    // OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512.
    static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
    static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=210000";
    static final String SALT_SIZE_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_SIZE_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=64";

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                key(ALGORITHM_PARAMETER), value(ALGORITHM_PARAMETER),
                key(ITERATIONS_PARAMETER), value(ITERATIONS_PARAMETER),
                key(SALT_SIZE_PARAMETER), value(SALT_SIZE_PARAMETER),
                key(KEY_SIZE_PARAMETER), value(KEY_SIZE_PARAMETER)));
    }

    public String hash(char[] password) {
        return hash.generate(password);
    }

    public boolean matches(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    private static String key(String parameter) {
        return parameter.substring(0, parameter.indexOf('='));
    }

    private static String value(String parameter) {
        return parameter.substring(parameter.indexOf('=') + 1);
    }
}
