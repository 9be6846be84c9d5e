package dk.samskab.account.web;

import dk.samskab.account.EndedProviderSessions;
import dk.samskab.account.SignedInCaller;
import dk.samskab.platform.web.SiteAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Sign-in with the login form, kept in the HTTP session.
 *
 * <p>The caller and their roles are stored in the session once, at sign-in, and handed to the
 * container with every request of that session. Payara's own way of restoring a caller from the
 * session ({@code @AutoApplySession}) looks the roles up through state that concurrent requests
 * share, and under load a signed-in user's request could arrive without its roles (a random
 * 403). Handing over name and roles explicitly per request takes that path out, and a session
 * replicated to another node carries everything its next request needs.
 *
 * <p>A request for a protected page without a signed-in caller is sent to the login page, which
 * brings the user back to the page afterwards.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    static final String CALLER = SignedInCaller.class.getName();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    EndedProviderSessions endedSessions;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(CALLER);
        if (caller instanceof SignedInCaller signedIn) {
            if (!endedAtProvider(session)) {
                return context.notifyContainerAboutLogin(signedIn.email(), signedIn.roles());
            }
            // The person signed out at their organisation's provider (back-channel logout): so here too.
            session.invalidate();
        }
        if (context.isProtected()) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!SiteAddresses.exists(request.getServletContext(), path)) {
                // Nothing there for anyone: "not found", rather than a sign-in that would lead nowhere.
                return context.responseNotFound();
            }
            // A relative Location: the container would build an absolute one from the client's Host header.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", loginAddress(request));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    private boolean endedAtProvider(HttpSession session) {
        Object with = session.getAttribute(OidcSignIn.SIGNED_IN_WITH);
        return with instanceof OidcSignIn.SignedInWith provider
                && endedSessions.hasEnded(provider.provider(), provider.sid(), provider.subject(), provider.at());
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInCaller caller = new SignedInCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
        request.getSession(true).setAttribute(CALLER, caller);
        return context.notifyContainerAboutLogin(caller.email(), caller.roles());
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The login page, with the page asked for as "next" when it can be asked for again by a link. */
    private static String loginAddress(HttpServletRequest request) {
        String login = request.getContextPath() + "/login.xhtml";
        if (!"GET".equals(request.getMethod())) {
            return login;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        String next = query == null ? path : path + "?" + query;
        return login + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
    }
}
