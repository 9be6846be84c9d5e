package dk.samskab.reporting.web;

import dk.samskab.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The signed-in training manager's person id, for every manager page and export. -1 for a caller
 * who is no manager: their scope is then empty.
 */
@RequestScoped
public class SignedInManager {

    @Inject
    Caller caller;

    public long id() {
        return caller.isManager() && caller.personId() != null ? caller.personId() : -1L;
    }
}
