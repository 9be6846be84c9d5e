package dk.samskab.organisation.web;

import dk.samskab.organisation.Membership;
import dk.samskab.organisation.PeopleService;
import dk.samskab.platform.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** For a training manager: the people in the organisations the manager belongs to, and no others. */
@Named
@RequestScoped
public class MyOrganisationsMembers {

    @Inject
    PeopleService people;

    @Inject
    Caller caller;

    private List<Membership> members;

    @PostConstruct
    void load() {
        members = caller.isSignedIn() ? people.membersOfOrganisationsOf(caller.email()) : List.of();
    }

    public List<Membership> getMembers() {
        return members;
    }
}
