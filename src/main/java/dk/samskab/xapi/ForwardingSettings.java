package dk.samskab.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The external LRS that Samskab's statements are forwarded to, from configuration (environment
 * SAMSKAB_XAPI_FORWARD_ENDPOINT, _KEY, _SECRET): no endpoint, no forwarding. The secret is never
 * kept in the repository or the database.
 */
@ApplicationScoped
public class ForwardingSettings {

    @Inject
    @ConfigProperty(name = "samskab.xapi.forward.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "samskab.xapi.forward.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "samskab.xapi.forward.secret")
    Optional<String> secret;

    /** The longest wait between two attempts after failures. */
    @Inject
    @ConfigProperty(name = "samskab.xapi.forward.max-backoff-seconds", defaultValue = "300")
    int maxBackoffSeconds;

    @Inject
    @ConfigProperty(name = "samskab.xapi.forward.batch-size", defaultValue = "50")
    int batchSize;

    public boolean configured() {
        return endpoint.filter(e -> !e.isBlank()).isPresent();
    }

    /** The LRS's Statement Resource, e.g. https://lrs.example.org/xapi/statements. */
    public URI statements() {
        String base = endpoint.orElseThrow().strip();
        return URI.create(base.endsWith("/") ? base + "statements" : base + "/statements");
    }

    public String key() {
        return key.orElse("");
    }

    public String secret() {
        return secret.orElse("");
    }

    public Duration maxBackoff() {
        return Duration.ofSeconds(Math.max(1, maxBackoffSeconds));
    }

    public int batchSize() {
        return Math.max(1, Math.min(batchSize, 500));
    }
}
