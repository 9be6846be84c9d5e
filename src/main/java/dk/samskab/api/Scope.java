package dk.samskab.api;

import dk.samskab.organisation.Person;
import java.util.Set;

/** The organisations of the client's scope, and whether a person is seen through one of them. */
final class Scope {

    private Scope() {
    }

    /** The organisation ids, as a query parameter that is never an empty list. */
    static Set<Long> of(ApiRequest request) {
        Set<Long> scope = request.caller().organisationsInScope();
        return scope.isEmpty() ? Set.of(-1L) : scope;
    }

    /** Whether a membership of the person lies in the client's scope. */
    static boolean sees(ApiRequest request, Person person) {
        return person.getMemberships().stream().anyMatch(m -> request.caller().organisationsInScope().contains(m.getOrganisation().getId()));
    }
}
