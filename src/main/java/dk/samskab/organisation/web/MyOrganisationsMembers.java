package dk.samskab.organisation.web;

import dk.samskab.organisation.Membership;
import dk.samskab.organisation.PeopleService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** For a training manager: the people in the organisations the manager belongs to, and no others. */
@Named
@RequestScoped
public class MyOrganisationsMembers {

    @Inject
    PeopleService people;

    @Inject
    SecurityContext security;

    private List<Membership> members;

    @PostConstruct
    void load() {
        java.security.Principal caller = security.getCallerPrincipal();
        members = caller == null ? List.of() : people.membersOfOrganisationsOf(caller.getName());
    }

    public List<Membership> getMembers() {
        return members;
    }
}
