package dk.samskab.access;

import dk.samskab.account.Role;
import dk.samskab.organisation.Person;
import dk.samskab.organisation.PeopleService;
import dk.samskab.platform.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Produces the request's {@link Caller} once, on first use: the container's principal and roles,
 * the person behind them, and for a training manager the organisations in their scope.
 */
@RequestScoped
public class CallerOfRequest {

    @Inject
    SecurityContext security;

    @Inject
    PeopleService people;

    @Inject
    ManagerScopes scopes;

    private Caller caller;

    /**
     * The caller; servlets, which outlive requests, call this on the request-scoped proxy. Looked
     * up again only if the principal changed within the request (signing in or out).
     */
    @Produces
    @Dependent
    public Caller caller() {
        Principal principal = security.getCallerPrincipal();
        String email = principal == null ? null : principal.getName();
        if (caller == null || !Objects.equals(caller.email(), email)) {
            caller = email == null ? Caller.ANONYMOUS : lookUp(email);
        }
        return caller;
    }

    private Caller lookUp(String email) {
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole)
                .collect(Collectors.toUnmodifiableSet());
        Long personId = people.findByEmail(email).map(Person::getId).orElse(null);
        Set<Long> organisations = personId != null && roles.contains(Caller.TRAINING_MANAGER)
                ? scopes.organisationsOf(personId) : Set.of();
        return new Caller(email, roles, personId, organisations);
    }
}
