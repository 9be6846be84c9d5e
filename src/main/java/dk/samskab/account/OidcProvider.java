package dk.samskab.account;

import dk.samskab.platform.AssuranceLevel;
import java.util.Map;
import java.util.Optional;

/**
 * An organisation's OpenID Connect provider, as configured (samskab.oidc.CODE.*): where it is,
 * the client Samskab is registered as, the organisation whose people sign in there, how their
 * role is read, and what its acr values mean (acrLevels, its own names for the levels of
 * assurance). The client secret comes from configuration or the environment, never the database.
 */
public record OidcProvider(String code, String name, String issuer, String clientId, String clientSecret,
        String organisationCode, Optional<String> roleClaim, String defaultRole, Map<String, AssuranceLevel> acrLevels) {

    public OidcProvider {
        acrLevels = Map.copyOf(acrLevels);
    }

    /** How surely the person is who they say, by the acr the provider sent. */
    public AssuranceLevel assurance(String acr) {
        return AssuranceLevel.ofAcr(acr, acrLevels);
    }
}
