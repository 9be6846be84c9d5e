package dk.samskab.account.web;

import dk.samskab.account.AccountIdentityStore;
import dk.samskab.account.FederatedSignIn;
import dk.samskab.account.KnownDevices;
import dk.samskab.account.LoginThrottle;
import dk.samskab.account.OidcProvider;
import dk.samskab.account.OidcProviders;
import dk.samskab.account.SignedInCaller;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.organisation.Person;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Links a provider's sign-in to the Samskab account that already has the person's e-mail
 * address. The provider has vouched for the person; the account's password proves the rest, once.
 * A wrong password counts against the account like one on the login form.
 */
@Named
@RequestScoped
public class AccountLinkPage {

    @Inject
    OidcProviders providers;

    @Inject
    FederatedSignIn federated;

    @Inject
    AccountIdentityStore accounts;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    private String password;

    /** The sign-in waiting for the password, or null when none waits in this session. */
    OidcSignIn.PendingLink getPending() {
        HttpSession session = request().getSession(false);
        return session == null ? null : (OidcSignIn.PendingLink) session.getAttribute(OidcSignIn.LINK);
    }

    public boolean isWaiting() {
        return getPending() != null;
    }

    /** The address the provider sent, which is the account's. */
    public String getEmail() {
        OidcSignIn.PendingLink pending = getPending();
        return pending == null ? null : pending.claims().email();
    }

    public String getProviderName() {
        OidcSignIn.PendingLink pending = getPending();
        return pending == null ? null : providers.find(pending.provider()).map(OidcProvider::name).orElse(pending.provider());
    }

    public void link() throws IOException {
        OidcSignIn.PendingLink pending = getPending();
        if (pending == null) {
            Messages.error("sso.link.nothing");
            return;
        }
        String login = Person.normaliseEmail(pending.claims().email());
        HttpServletRequest request = request();
        if (!throttle.allows(login, audit.clientAddress(), LoginPage.cookie(request, KnownDevices.COOKIE))) {
            audit.recordAlone(AuditAction.LOGIN_THROTTLED, login, "oidc link " + pending.provider());
            Messages.error("login.throttled", LoginThrottle.WINDOW.toMinutes());
            return;
        }
        CredentialValidationResult proof = accounts.validate(new UsernamePasswordCredential(login, password == null ? "" : password));
        if (proof.getStatus() != CredentialValidationResult.Status.VALID) {
            audit.recordAlone(AuditAction.LOGIN_FAILED, login, "oidc link " + pending.provider());
            Messages.errorAt("linkForm:password", "sso.link.wrongPassword");
            return;
        }
        HttpServletResponse response = (HttpServletResponse) external().getResponse();
        request.getSession().removeAttribute(OidcSignIn.LINK);
        try {
            OidcProvider provider = providers.find(pending.provider()).orElseThrow(() -> new FederatedSignIn.RefusedException(
                    FederatedSignIn.Refusal.UNKNOWN_PROVIDER, "provider gone: " + pending.provider()));
            SignedInCaller caller = federated.link(provider, pending.claims());
            OidcSignIn.begin(request, response, caller, OidcSignIn.SignedInWith.of(provider.code(), pending.idToken()), pending.next());
        } catch (FederatedSignIn.RefusedException refused) {
            OidcSignIn.refuse(request, response, audit, refused);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Gives up linking; the person may still sign in with the password alone. */
    public void cancel() throws IOException {
        HttpSession session = request().getSession(false);
        if (session != null) {
            session.removeAttribute(OidcSignIn.LINK);
        }
        external().redirect(external().getRequestContextPath() + "/login.xhtml");
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) external().getRequest();
    }
}
