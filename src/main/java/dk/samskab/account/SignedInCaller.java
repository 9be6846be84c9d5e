package dk.samskab.account;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in and with which roles, kept in the HTTP session from sign-in to sign-out. Small and
 * serialisable, so it travels with a replicated session.
 */
public record SignedInCaller(String email, Set<String> roles) implements Serializable {

    public SignedInCaller {
        roles = Set.copyOf(roles);
    }
}
