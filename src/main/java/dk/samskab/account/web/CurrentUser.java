package dk.samskab.account.web;

import dk.samskab.account.Role;
import dk.samskab.account.SignedInCaller;
import dk.samskab.platform.AssuranceLevel;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** What pages need to know about the signed-in user, for navigation and greetings. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getEmail() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public boolean hasRole(String role) {
        return security.isCallerInRole(Role.valueOf(role).name());
    }

    /** How surely the user is who they say, by the way they signed in to this session. */
    public AssuranceLevel getAssurance() {
        HttpSession session = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getSession(false);
        Object caller = session == null ? null : session.getAttribute(SessionAuthentication.CALLER);
        return caller instanceof SignedInCaller signedIn ? signedIn.assurance() : AssuranceLevel.NONE;
    }

    /** The home page of the user's most powerful role. */
    public String getHomePage() {
        for (Role role : Role.values()) {
            if (security.isCallerInRole(role.name())) {
                return role.homePage();
            }
        }
        return "/index.xhtml";
    }
}
