package dk.samskab.account.web;

import dk.samskab.account.AccountService;
import dk.samskab.account.KnownDevices;
import dk.samskab.account.LoginThrottle;
import dk.samskab.account.SignInGate;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import dk.samskab.platform.web.LanguageSwitch;
import dk.samskab.platform.web.LocalAddress;
import dk.samskab.platform.web.Messages;
import dk.samskab.platform.web.SessionCookies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The login form. A wrong e-mail and a wrong password get the same neutral message, and after
 * sign-in the user comes back to the page that sent them here ("next").
 */
@Named
@RequestScoped
public class LoginPage {

    private static final int DEVICE_COOKIE_DAYS = 180;

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
    KnownDevices devices;

    @Inject
    AuditLog audit;

    @Inject
    SignInGate signInGate;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String login = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!throttle.allows(login, audit.clientAddress(), cookie(request, KnownDevices.COOKIE))) {
            audit.recordAlone(AuditAction.LOGIN_THROTTLED, login, null);
            Messages.error("login.throttled", LoginThrottle.WINDOW.toMinutes());
            return;
        }
        AuthenticationStatus status;
        try {
            status = authenticate(login, password);
        } catch (SignInGate.Busy busy) {
            Messages.error("login.busy");
            return;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + LocalAddress.orElse(getNext(), currentUser.getHomePage()));
        } else {
            audit.recordAlone(AuditAction.LOGIN_FAILED, login, null);
            Messages.error("login.failed");
        }
    }

    /**
     * Signs the user in and, on success, gives the session a new id if one existed before (no
     * session fixation), remembers the browser and applies the person's language. Also used right
     * after registration. The password is checked in its turn: SignInGate.Busy when no turn came.
     */
    public AuthenticationStatus authenticate(String login, String secret) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        boolean hadSession = request.getSession(false) != null;
        AuthenticationStatus status = signInGate.inTurn(() -> security.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login, secret == null ? "" : secret))
                        .newAuthentication(true)));
        if (status == AuthenticationStatus.SUCCESS) {
            if (hadSession) {
                request.changeSessionId();
            }
            afterLogin(login, request, response);
        }
        return status;
    }

    private void afterLogin(String login, HttpServletRequest request, HttpServletResponse response) {
        accounts.recordLogin(login);
        audit.recordAlone(AuditAction.LOGIN, login, null);
        people.findByEmail(login).map(Person::getPreferredLanguage).ifPresent(chosen -> language.use(chosen, response));
        Cookie device = new Cookie(KnownDevices.COOKIE, devices.remember(login, cookie(request, KnownDevices.COOKIE)));
        device.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        device.setMaxAge(DEVICE_COOKIE_DAYS * 24 * 3600);
        device.setHttpOnly(true);
        device.setSecure(request.isSecure() || SessionCookies.secure());
        device.setAttribute("SameSite", "Lax");
        response.addCookie(device);
    }

    static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
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

    /** The page to come back to: from the form once posted, from the address before. */
    public String getNext() {
        if (next == null) {
            String asked = Faces.getRequestParameter("next");
            next = LocalAddress.orElse(asked, null);
        }
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
