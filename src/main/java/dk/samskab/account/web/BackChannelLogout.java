package dk.samskab.account.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import dk.samskab.account.EndedProviderSessions;
import dk.samskab.account.FederatedSignIn;
import dk.samskab.account.OidcProvider;
import dk.samskab.account.OidcProviders;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * OpenID Connect back-channel logout: a provider posts a signed logout token when the person signs
 * out there (or an administrator ends their session), and the Samskab session begun with that
 * provider session ends at its next request, on whichever node it lives. The token must be the
 * provider's (its signature by the published keys, issuer, audience Samskab's client id, a
 * recent issue time, the back-channel event, sid or sub, no nonce); anything else is answered 400
 * as the specification says.
 */
@WebServlet(urlPatterns = "/sso/backchannel-logout")
public class BackChannelLogout extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class.getName());

    @Inject
    transient OidcProviders providers;

    @Inject
    transient OidcMetadata metadata;

    @Inject
    transient EndedProviderSessions endedSessions;

    @Inject
    transient AuditLog audit;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        try {
            JWT jwt = JWTParser.parse(String.valueOf(token));
            String issuer = jwt.getJWTClaimsSet().getIssuer();
            OidcProvider provider = issuedBy(issuer).orElseThrow(() -> new BadJOSEException("no provider has the issuer " + issuer));
            OIDCProviderMetadata meta = metadata.of(provider);
            LogoutTokenClaimsSet claims = new LogoutTokenValidator(meta.getIssuer(), new ClientID(provider.clientId()),
                    JWSAlgorithm.RS256, meta.getJWKSetURI().toURL()).validate(jwt);
            String sid = claims.getSessionID() == null ? null : claims.getSessionID().getValue();
            String subject = claims.getSubject() == null ? null : claims.getSubject().getValue();
            endedSessions.end(provider.code(), sid, subject);
            audit.recordAlone(AuditAction.LOGOUT, null, "oidc back-channel " + provider.code() + (sid == null ? "" : " sid=" + sid)
                    + (subject == null ? "" : " sub=" + subject));
            response.setStatus(HttpServletResponse.SC_OK);
        } catch (ParseException | BadJOSEException | JOSEException | FederatedSignIn.RefusedException e) {
            LOG.log(Level.INFO, "Back-channel logout refused: {0}", e.getMessage());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"invalid_request\",\"error_description\":\"The logout token was not accepted.\"}");
        }
    }

    /** The configured provider of this issuer (a trailing slash aside); the validator then checks it against the discovery document. */
    private Optional<OidcProvider> issuedBy(String issuer) {
        String wanted = withoutTrailingSlash(issuer);
        return providers.all().stream().filter(p -> withoutTrailingSlash(p.issuer()).equals(wanted)).findFirst();
    }

    private static String withoutTrailingSlash(String address) {
        return address == null ? "" : address.replaceAll("/+$", "");
    }
}
