package dk.samskab.enrolment;

import java.util.Set;

/**
 * The organisations a training manager may enrol people from, by code: those in their scope,
 * and the civil-society partners of the municipalities among them. Reporting owns the scopes and
 * works this out; enrolment only applies it.
 */
public record ManagerReach(Set<String> scope, Set<String> partners) {

    public ManagerReach {
        scope = Set.copyOf(scope);
        partners = Set.copyOf(partners);
    }
}
