package dk.samskab.enrolment.web;

import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.InvitationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Open cohorts with their invitation links, for instructors to hand out. */
@Named
@RequestScoped
public class CohortInvitations {

    @Inject
    InvitationService invitations;

    private List<Cohort> cohorts;

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = invitations.openCohorts();
        }
        return cohorts;
    }
}
