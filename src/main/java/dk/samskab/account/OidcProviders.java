package dk.samskab.account;

import jakarta.enterprise.context.ApplicationScoped;
import dk.samskab.platform.AssuranceLevel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configured providers: samskab.oidc.providers names their codes, and samskab.oidc.CODE.name,
 * .issuer, .client-id, .client-secret, .organisation, .role-claim, .default-role and .acr-levels describe each
 * (as environment variables SAMSKAB_OIDC_CODE_ISSUER and so on).
 */
@ApplicationScoped
public class OidcProviders {

    public List<OidcProvider> all() {
        Config config = ConfigProvider.getConfig();
        String codes = config.getOptionalValue("samskab.oidc.providers", String.class).orElse("");
        return Arrays.stream(codes.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                .map(code -> read(config, code)).toList();
    }

    public Optional<OidcProvider> find(String code) {
        return all().stream().filter(p -> p.code().equals(code)).findFirst();
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
