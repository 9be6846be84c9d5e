package dk.samskab.organisation.web;

import dk.samskab.organisation.Membership;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import dk.samskab.platform.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in person and the organisations they belong to, shown on every home page. */
@Named
@RequestScoped
public class MyProfile {

    @Inject
    PeopleService people;

    @Inject
    Caller caller;

    private Person person;

    @PostConstruct
    void load() {
        if (caller.isSignedIn()) {
            person = people.loadWithMemberships(caller.email()).orElse(null);
        }
    }

    public String getFullName() {
        return person == null ? "" : person.getFullName();
    }

    public List<Membership> getMemberships() {
        return person == null ? List.of() : person.getMemberships();
    }
}
