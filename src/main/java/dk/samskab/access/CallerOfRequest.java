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

    /** The caller; servlets, which outlive requests, call this on the request-scoped proxy. */
    @Produces
    @Dependent
    public Caller caller() {
        if (caller == null) {
            caller = lookUp();
        }
        return caller;
    }

    private Caller lookUp() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).filter(security::isCallerInRole)
                .collect(Collectors.toUnmodifiableSet());
        Long personId = people.findByEmail(principal.getName()).map(Person::getId).orElse(null);
        Set<Long> organisations = personId != null && roles.contains(Caller.TRAINING_MANAGER)
                ? scopes.organisationsOf(personId) : Set.of();
        return new Caller(principal.getName(), roles, personId, organisations);
    }
}
