package dk.samskab.account.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dk.samskab.account.FederatedSignIn;
import dk.samskab.account.OidcProvider;
import dk.samskab.account.OidcProviders;
import dk.samskab.account.Role;
import dk.samskab.account.SignedInCaller;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.platform.web.LocalAddress;
import dk.samskab.platform.web.SecurityHeaders;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in through an organisation's OpenID Connect provider: the authorization code flow with
 * PKCE (S256), state and nonce. /sso/start sends the browser to the provider; /sso/callback takes
 * the code back, redeems it once, checks the ID token (signature by the provider's published
 * keys, issuer, audience, expiry, nonce) and signs the person in as the login form does. Every
 * refusal ends on the login page with a message in the user's language and is logged with its
 * reason; nothing is created or changed by a refused sign-in.
 */
@WebServlet(urlPatterns = {"/sso/start", "/sso/callback"})
public class OidcSignIn extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());
    static final String PENDING = OidcSignIn.class.getName() + ".pending";
    /** The ID token and provider of the session's sign-in, for signing out at the provider too. */
    static final String LINK = OidcSignIn.class.getName() + ".link";
    static final String SIGNED_IN_WITH = OidcSignIn.class.getName() + ".signedInWith";
    private static final int TIMEOUT_MS = OidcMetadata.TIMEOUT_MS;

    /** A sign-in on its way through the provider, kept in the session until the browser comes back. */
    record Pending(String provider, String state, String nonce, String verifier, String callback, String next) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A provider's sign-in for an address that has an account already, waiting for that account's password. */
    record PendingLink(String provider, FederatedSignIn.Claims claims, String idToken, String next) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * What signing out at the provider needs, and what tells whether the provider has ended the
     * session since (its sid and subject, and when the sign-in was).
     */
    record SignedInWith(String provider, String idToken, String sid, String subject, Instant at) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** From an ID token the sign-in has already checked. */
        static SignedInWith of(String provider, String idToken) {
            try {
                JWTClaimsSet claims = JWTParser.parse(idToken).getJWTClaimsSet();
                return new SignedInWith(provider, idToken, claims.getStringClaim("sid"), claims.getSubject(), Instant.now());
            } catch (java.text.ParseException unreadable) {
                throw new IllegalStateException("a checked ID token is unreadable", unreadable);
            }
        }
    }

    @Inject
    transient OidcProviders providers;

    @Inject
    transient FederatedSignIn federated;

    @Inject
    transient AuditLog audit;

    @Inject
    transient OidcMetadata metadata;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (request.getServletPath().equals("/sso/start")) {
                start(request, response);
            } else {
                callback(request, response);
            }
        } catch (FederatedSignIn.RefusedException refused) {
            refuse(request, response, audit, refused);
        }
    }

    /** Logs the refusal with its reason and sends the browser to the login page, which says why in the user's language. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, AuditLog audit, FederatedSignIn.RefusedException refused)
            throws IOException {
        LOG.log(Level.INFO, "Sign-in through a provider refused: {0}", refused.getMessage());
        audit.recordAlone(AuditAction.LOGIN_FAILED, null, "oidc " + refused.getMessage());
        new SecurityHeaders.RelativeRedirects(response).sendRedirect(request.getContextPath() + "/login.xhtml?sso="
                + refused.refusal().name());
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcProvider provider = providers.find(String.valueOf(request.getParameter("provider")))
                .orElseThrow(() -> refused(FederatedSignIn.Refusal.UNKNOWN_PROVIDER, "no provider " + request.getParameter("provider")));
        OIDCProviderMetadata meta = metadata(provider);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String callback = ownAddress(request) + request.getContextPath() + "/sso/callback";
        HttpSession session = request.getSession(true);
        session.removeAttribute(LINK);
        session.setAttribute(PENDING, new Pending(provider.code(), state.getValue(), nonce.getValue(),
                verifier.getValue(), callback, request.getParameter("next")));
        AuthenticationRequest authentication = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE),
                new Scope("openid", "email", "profile"), new ClientID(provider.clientId()), URI.create(callback))
                .endpointURI(meta.getAuthorizationEndpointURI()).state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256).build();
        response.sendRedirect(authentication.toURI().toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            // One use only: a replayed callback finds nothing waiting.
            session.removeAttribute(PENDING);
        }
        if (pending == null || !pending.state().equals(request.getParameter("state"))) {
            throw refused(FederatedSignIn.Refusal.STATE, "no sign-in waits for this state");
        }
        if (request.getParameter("error") != null) {
            throw refused(FederatedSignIn.Refusal.CANCELLED, "provider answered " + request.getParameter("error"));
        }
        OidcProvider provider = providers.find(pending.provider())
                .orElseThrow(() -> refused(FederatedSignIn.Refusal.UNKNOWN_PROVIDER, "provider gone: " + pending.provider()));
        OIDCProviderMetadata meta = metadata(provider);
        JWT idToken = redeem(provider, meta, pending, request.getParameter("code"));
        IDTokenClaimsSet claims = validate(provider, meta, idToken, pending);
        FederatedSignIn.Claims person = new FederatedSignIn.Claims(claims.getSubject().getValue(), claims.getStringClaim("email"),
                claims.getStringClaim("name"), provider.roleClaim().map(claims::getStringClaim).orElse(null),
                claims.getACR() == null ? null : claims.getACR().getValue(),
                claims.getAMR() == null ? null : String.join(" ", claims.getAMR().stream().map(Object::toString).toList()));
        SignedInCaller caller;
        try {
            caller = federated.signIn(provider, person);
        } catch (FederatedSignIn.RefusedException refused) {
            if (refused.refusal() != FederatedSignIn.Refusal.LINK_REQUIRED) {
                throw refused;
            }
            // The address has an account already: its owner proves the password once to link the two.
            LOG.log(Level.INFO, "Sign-in through {0} waits for the password of the account to link", provider.code());
            session.setAttribute(LINK, new PendingLink(provider.code(), person, idToken.serialize(), pending.next()));
            new SecurityHeaders.RelativeRedirects(response).sendRedirect(request.getContextPath() + "/sso/link.xhtml");
            return;
        }
        begin(request, response, caller, SignedInWith.of(provider.code(), idToken.serialize()), pending.next());
    }

    /** Starts the signed-in session: a new session id, the caller, and the way back to the provider for signing out. */
    static void begin(HttpServletRequest request, HttpServletResponse response, SignedInCaller caller, SignedInWith with,
            String next) throws IOException {
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setAttribute(SessionAuthentication.CALLER, caller);
        session.setAttribute(SIGNED_IN_WITH, with);
        String home = caller.roles().stream().map(Role::valueOf).sorted().findFirst().orElse(Role.LEARNER).homePage();
        new SecurityHeaders.RelativeRedirects(response).sendRedirect(request.getContextPath() + LocalAddress.orElse(next, home));
    }

    /** Exchanges the code, once, for the tokens; the provider refuses a code it has seen before. */
    private static JWT redeem(OidcProvider provider, OIDCProviderMetadata meta, Pending pending, String code) {
        if (code == null || code.isBlank()) {
            throw refused(FederatedSignIn.Refusal.TOKEN, "no code");
        }
        try {
            HTTPRequest http = new TokenRequest(meta.getTokenEndpointURI(), new ClientSecretBasic(new ClientID(provider.clientId()),
                    new Secret(provider.clientSecret())), new AuthorizationCodeGrant(new AuthorizationCode(code),
                    URI.create(pending.callback()), new CodeVerifier(pending.verifier()))).toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MS);
            http.setReadTimeout(TIMEOUT_MS);
            TokenResponse answer = OIDCTokenResponseParser.parse(http.send());
            if (!answer.indicatesSuccess()) {
                throw refused(FederatedSignIn.Refusal.TOKEN, "token endpoint: " + answer.toErrorResponse().getErrorObject());
            }
            return ((OIDCTokenResponse) answer.toSuccessResponse()).getOIDCTokens().getIDToken();
        } catch (IOException e) {
            throw refused(FederatedSignIn.Refusal.PROVIDER_DOWN, "token endpoint unreachable: " + e.getMessage());
        } catch (ParseException e) {
            throw refused(FederatedSignIn.Refusal.TOKEN, "token answer unreadable: " + e.getMessage());
        }
    }

    private static IDTokenClaimsSet validate(OidcProvider provider, OIDCProviderMetadata meta, JWT idToken, Pending pending) {
        try {
            IDTokenValidator validator = new IDTokenValidator(meta.getIssuer(), new ClientID(provider.clientId()), JWSAlgorithm.RS256,
                    meta.getJWKSetURI().toURL());
            return validator.validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException | IOException e) {
            throw refused(FederatedSignIn.Refusal.TOKEN, "ID token refused: " + e.getMessage());
        }
    }

    private OIDCProviderMetadata metadata(OidcProvider provider) {
        return metadata.of(provider);
    }

    /** This site's address as the browser reached it, which the provider must send the browser back to. */
    static String ownAddress(HttpServletRequest request) {
        String host = request.getHeader("X-Forwarded-Host") != null ? request.getHeader("X-Forwarded-Host") : request.getHeader("Host");
        String scheme = request.getHeader("X-Forwarded-Proto") != null ? request.getHeader("X-Forwarded-Proto") : request.getScheme();
        return scheme + "://" + host;
    }

    private static FederatedSignIn.RefusedException refused(FederatedSignIn.Refusal refusal, String why) {
        return new FederatedSignIn.RefusedException(refusal, why);
    }
}
