package dk.samskab.account;

import java.util.Optional;

/**
 * An organisation's OpenID Connect provider, as configured (samskab.oidc.CODE.*): where it is,
 * the client Samskab is registered as, the organisation whose people sign in there, and how their
 * role is read. The client secret comes from configuration or the environment, never the database.
 */
public record OidcProvider(String code, String name, String issuer, String clientId, String clientSecret,
        String organisationCode, Optional<String> roleClaim, String defaultRole) {
}
