package dk.samskab.platform;

import java.io.Serializable;
import java.util.Set;

/**
 * Who makes the current request, produced once per request: e-mail, the names of their roles,
 * their person id, and, for a training manager, the organisations they answer for (those an admin
 * gave them, directly or through a partnership). Services take a caller instead of loose e-mail
 * and role flags, so every check reads the same facts. Serializable, as view-scoped beans keep it.
 */
public record Caller(String email, Set<String> roles, Long personId, Set<Long> organisationsInScope) implements Serializable {

    public static final String ADMIN = "ADMIN";
    public static final String TRAINING_MANAGER = "TRAINING_MANAGER";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String LEARNER = "LEARNER";

    /** Nobody signed in. */
    public static final Caller ANONYMOUS = new Caller(null, Set.of(), null, Set.of());

    public Caller {
        roles = Set.copyOf(roles);
        organisationsInScope = Set.copyOf(organisationsInScope);
    }

    /** A signed-in caller known only by e-mail and roles, for callers outside a request (tests, jobs). */
    public static Caller of(String email, String... roles) {
        return new Caller(email, Set.of(roles), null, Set.of());
    }

    public boolean isSignedIn() {
        return email != null;
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(ADMIN);
    }

    public boolean isManager() {
        return has(TRAINING_MANAGER);
    }

    public boolean isInstructor() {
        return has(INSTRUCTOR);
    }

    /** The same caller acting only in the given role, for a page that works on behalf of one role. */
    public Caller actingAs(String role) {
        return new Caller(email, has(role) ? Set.of(role) : Set.of(), personId, organisationsInScope);
    }
}
