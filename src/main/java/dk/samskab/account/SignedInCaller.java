package dk.samskab.account;

import dk.samskab.platform.AssuranceLevel;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in, with which roles and how surely (the level of assurance of the way they signed
 * in), kept in the HTTP session from sign-in to sign-out. Small and serialisable, so it travels
 * with a replicated session.
 */
public record SignedInCaller(String email, Set<String> roles, AssuranceLevel assurance) implements Serializable {

    public SignedInCaller {
        roles = Set.copyOf(roles);
        assurance = assurance == null ? AssuranceLevel.NONE : assurance;
    }

    /** Signed in with a password of their own choosing. */
    public SignedInCaller(String email, Set<String> roles) {
        this(email, roles, AssuranceLevel.NONE);
    }
}
