package dk.samskab.account.web;

import dk.samskab.account.Role;
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
