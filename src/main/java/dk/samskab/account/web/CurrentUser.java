package dk.samskab.account.web;

import dk.samskab.account.Role;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What pages need to know about the signed-in user, for navigation and greetings: the request's caller, as EL reads it. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Caller caller;

    public boolean isSignedIn() {
        return caller.isSignedIn();
    }

    public String getEmail() {
        return caller.email();
    }

    public boolean hasRole(String role) {
        return caller.has(Role.valueOf(role).name());
    }

    /** The home page of the user's most powerful role. */
    public String getHomePage() {
        for (Role role : Role.values()) {
            if (caller.has(role.name())) {
                return role.homePage();
            }
        }
        return "/index.xhtml";
    }
}
