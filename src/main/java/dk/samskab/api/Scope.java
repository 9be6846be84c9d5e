package dk.samskab.api;

import java.util.Set;

/** The organisation ids of the client's scope, as a query parameter that is never an empty list. */
final class Scope {

    private Scope() {
    }

    static Set<Long> of(ApiRequest request) {
        Set<Long> scope = request.caller().organisationsInScope();
        return scope.isEmpty() ? Set.of(-1L) : scope;
    }
}
