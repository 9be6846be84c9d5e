package dk.samskab.reporting.web;

import dk.samskab.enrolment.ManagerReach;
import dk.samskab.platform.Caller;
import dk.samskab.reporting.ManagerReaches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * The signed-in training manager's person id, for every manager page and export. -1 for a caller
 * who is no manager: their scope is then empty.
 */
@RequestScoped
public class SignedInManager {

    @Inject
    Caller caller;

    @Inject
    ManagerReaches reaches;

    public long id() {
        return caller.isManager() && caller.personId() != null ? caller.personId() : -1L;
    }

    /** Whom the signed-in manager may enrol in bulk, for the pages outside reporting that need it. */
    @Produces
    ManagerReach reach() {
        return reaches.of(id());
    }
}
