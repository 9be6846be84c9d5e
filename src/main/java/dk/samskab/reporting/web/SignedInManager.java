package dk.samskab.reporting.web;

import dk.samskab.enrolment.ManagerReach;
import dk.samskab.reporting.ManagerReaches;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * The signed-in training manager's person id, looked up once per request for every manager
 * page and export. -1 for a caller who is no manager: their scope is then empty.
 */
@RequestScoped
public class SignedInManager {

    @Inject
    ReportService reports;

    @Inject
    SecurityContext security;

    @Inject
    ManagerReaches reaches;

    private Long id;

    public long id() {
        if (id == null) {
            Principal caller = security.getCallerPrincipal();
            id = caller == null ? -1L : reports.managerId(caller.getName()).orElse(-1L);
        }
        return id;
    }

    /** Whom the signed-in manager may enrol in bulk, for the pages outside reporting that need it. */
    @Produces
    ManagerReach reach() {
        return reaches.of(id());
    }
}
