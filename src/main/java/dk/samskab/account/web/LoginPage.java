package dk.samskab.account.web;

import dk.samskab.account.AccountService;
import dk.samskab.account.LoginThrottle;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import dk.samskab.platform.web.LanguageSwitch;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form. A wrong e-mail and a wrong password get the same neutral message. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    PeopleService people;

    @Inject
    LanguageSwitch language;

    @Inject
    CurrentUser currentUser;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditLog audit;

    private String email;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String login = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (!throttle.allows(login, audit.clientAddress())) {
            audit.recordAlone(AuditAction.LOGIN_THROTTLED, login, null);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("login.throttled", LoginThrottle.WINDOW.toMinutes()), null));
            return;
        }
        AuthenticationStatus status = authenticate(login, password);
        switch (status) {
            case SEND_CONTINUE -> {
                afterLogin(login);
                faces.responseComplete();
            }
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + currentUser.getHomePage());
            }
            default -> {
                audit.recordAlone(AuditAction.LOGIN_FAILED, login, null);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text("login.failed"), null));
            }
        }
    }

    /**
     * Signs the user in with a fresh session id (no session fixation) and, on success, applies
     * their language. Also used right after registration.
     */
    public AuthenticationStatus authenticate(String login, String secret) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login, secret == null ? "" : secret))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            afterLogin(login);
        }
        return status;
    }

    private void afterLogin(String login) {
        accounts.recordLogin(login);
        audit.recordAlone(AuditAction.LOGIN, login, null);
        people.findByEmail(login).map(Person::getPreferredLanguage).ifPresent(language::use);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
