package dk.samskab.account.web;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dk.samskab.account.FederatedSignIn;
import dk.samskab.account.OidcProviders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The address that ends the person's session at their provider too, where the provider offers one (end_session_endpoint). */
@ApplicationScoped
public class ProviderLogout {

    private static final Logger LOG = Logger.getLogger(ProviderLogout.class.getName());

    @Inject
    OidcProviders providers;

    @Inject
    OidcMetadata metadata;

    Optional<String> address(OidcSignIn.SignedInWith signedInWith, String backHere) {
        try {
            return providers.find(signedInWith.provider()).map(metadata::of).map(OIDCProviderMetadata::getEndSessionEndpointURI)
                    .map(endpoint -> logout(endpoint, signedInWith.idToken(), backHere));
        } catch (FederatedSignIn.RefusedException down) {
            // The local session has ended; a provider that is down cannot end its own, and the user is told they are signed out here.
            LOG.log(Level.INFO, "Provider sign-out skipped: {0}", down.getMessage());
            return Optional.empty();
        }
    }

    private static String logout(URI endpoint, String idToken, String backHere) {
        try {
            return new LogoutRequest(endpoint, JWTParser.parse(idToken), URI.create(backHere), new State()).toURI().toString();
        } catch (ParseException e) {
            return new LogoutRequest(endpoint).toURI().toString();
        }
    }
}
