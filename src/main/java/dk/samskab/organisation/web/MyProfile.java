package dk.samskab.organisation.web;

import dk.samskab.organisation.Membership;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The signed-in person and the organisations they belong to, shown on every home page. */
@Named
@RequestScoped
public class MyProfile {

    @Inject
    PeopleService people;

    @Inject
    SecurityContext security;

    private Person person;

    @PostConstruct
    void load() {
        if (security.getCallerPrincipal() != null) {
            person = people.loadWithMemberships(security.getCallerPrincipal().getName()).orElse(null);
        }
    }

    public String getFullName() {
        return person == null ? "" : person.getFullName();
    }

    public List<Membership> getMemberships() {
        return person == null ? List.of() : person.getMemberships();
    }
}
