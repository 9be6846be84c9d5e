package dk.samskab.account;

import dk.samskab.platform.AssuranceLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The providers people may sign in through: those of the operator's configuration
 * (samskab.oidc.providers names their codes, and samskab.oidc.CODE.name, .issuer, .client-id,
 * .client-secret, .organisation, .role-claim, .default-role and .acr-levels describe each, as
 * environment variables SAMSKAB_OIDC_CODE_ISSUER and so on), and those an admin set up on the
 * admin page, whose secret is samskab.oidc.CODE.client-secret all the same. The login page asks
 * on every view, so the admin's are read at most every 30 seconds (at once on the node that saved).
 */
@ApplicationScoped
public class OidcProviders {

    private static final Duration FRESH = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    private record Snapshot(List<OidcProvider> providers, Instant readAt) {
    }

    private volatile Snapshot fromAdmins;

    /** Every provider that can sign people in now: configured, enabled and with its secret. */
    public List<OidcProvider> all() {
        return Stream.concat(configured().stream(), fromAdmins().stream()).toList();
    }

    public Optional<OidcProvider> find(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The operator's providers, from configuration. */
    public List<OidcProvider> configured() {
        Config config = ConfigProvider.getConfig();
        String codes = config.getOptionalValue("samskab.oidc.providers", String.class).orElse("");
        return Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> read(config, code)).toList();
    }

    /** Whether the operator has configured this code's client secret. */
    public static boolean hasSecret(String code) {
        return secret(ConfigProvider.getConfig(), code).isPresent();
    }

    /** The admin's providers are read again on the next request. */
    void forget() {
        fromAdmins = null;
    }

    private List<OidcProvider> fromAdmins() {
        Snapshot snapshot = fromAdmins;
        if (snapshot == null || snapshot.readAt().isBefore(Instant.now().minus(FRESH))) {
            snapshot = new Snapshot(readFromAdmins(), Instant.now());
            fromAdmins = snapshot;
        }
        return snapshot.providers();
    }

    private List<OidcProvider> readFromAdmins() {
        Config config = ConfigProvider.getConfig();
        List<OidcProvider> read = new ArrayList<>();
        for (SignInProvider p : em.createQuery("SELECT p FROM SignInProvider p JOIN FETCH p.organisation WHERE p.enabled = TRUE"
                + " ORDER BY p.name", SignInProvider.class).getResultList()) {
            Optional<String> secret = secret(config, p.getCode());
            if (secret.isPresent()) {
                read.add(new OidcProvider(p.getCode(), p.getName(), p.getIssuer(), p.getClientId(), secret.get(),
                        p.getOrganisation().getCode(), Optional.ofNullable(p.getRoleClaim()), p.getDefaultRole().name(),
                        acrLevels(p.getAcrLevels() == null ? "" : p.getAcrLevels())));
            }
        }
        return List.copyOf(read);
    }

    private static Optional<String> secret(Config config, String code) {
        return config.getOptionalValue("samskab.oidc." + code + ".client-secret", String.class);
    }

    private static OidcProvider read(Config config, String code) {
        String prefix = "samskab.oidc." + code + ".";
        return new OidcProvider(code, config.getOptionalValue(prefix + "name", String.class).orElse(code),
                config.getValue(prefix + "issuer", String.class), config.getValue(prefix + "client-id", String.class),
                config.getValue(prefix + "client-secret", String.class), config.getValue(prefix + "organisation", String.class),
                config.getOptionalValue(prefix + "role-claim", String.class),
                config.getOptionalValue(prefix + "default-role", String.class).orElse("PROFESSIONAL"),
                acrLevels(config.getOptionalValue(prefix + "acr-levels", String.class).orElse("")));
    }

    /** "1=low, 2=substantial": the provider's own acr values and the levels they stand for; an unknown level is a mistake. */
    static Map<String, AssuranceLevel> acrLevels(String setting) {
        Map<String, AssuranceLevel> levels = new HashMap<>();
        for (String pair : setting.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.lastIndexOf('=');
            AssuranceLevel level = equals < 0 ? null : AssuranceLevel.ofCode(pair.substring(equals + 1)).orElse(null);
            if (level == null) {
                throw new IllegalArgumentException("acr-levels: '" + pair.strip() + "' is not ACR=LEVEL with LEVEL one of none, low,"
                        + " substantial, high");
            }
            levels.put(pair.substring(0, equals).strip(), level);
        }
        return levels;
    }
}
