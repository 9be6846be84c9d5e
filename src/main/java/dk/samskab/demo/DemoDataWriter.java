package dk.samskab.demo;

import dk.samskab.account.AccountService;
import dk.samskab.organisation.OrganisationDirectory;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Writes all demo data in one transaction, so a failed start leaves nothing half-loaded. */
@ApplicationScoped
public class DemoDataWriter {

    @Inject
    PeopleService people;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationDirectory organisations;

    @Transactional
    public void writeAll() {
        for (DemoPeople demo : DemoPeople.values()) {
            Person person = people.register(demo.fullName(), demo.email(), demo.language());
            demo.memberships().forEach((code, role) -> people.addMembership(person.getEmail(), code, role));
            accounts.createAccount(person, DemoData.DEMO_PASSWORD.toCharArray(), demo.roles());
        }
        organisations.createPartnership("aarhus-aeldre-besoegsvenner", "Besøgsvenner til ældre i Aarhus",
                "kommune-aarhus", List.of("roede-kors", "aeldresagen", "frivilligcenter-aarhus"));
        organisations.createPartnership("roskilde-flygtninge-netvaerk", "Netværk for nyankomne flygtninge i Roskilde",
                "kommune-roskilde", List.of("dansk-flygtningehjaelp", "frivilligcenter-roskilde"));
    }
}
