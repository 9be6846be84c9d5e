package dk.samskab.organisation;

import dk.samskab.platform.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.account.AccountService;
import dk.samskab.account.PasswordHashing;
import dk.samskab.account.Role;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import dk.samskab.testsupport.ArquillianDeployments;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The organisation and account services inside Payara Micro, against the embedded MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PeopleServiceArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return ArquillianDeployments.application().addClass(PeopleServiceArquillianIT.class);
    }

    @Inject
    PeopleService people;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    AccountService accounts;

    @Inject
    PasswordHashing passwords;

    @Test
    void registersAPersonWithMembershipsInTwoOrganisations() {
        people.register("Hanne Kristensen", "Hanne@Esbjerg.example.dk", Language.DA);
        people.addMembership("hanne@esbjerg.example.dk", "kommune-esbjerg", MembershipRole.PROFESSIONAL);
        people.addMembership("hanne@esbjerg.example.dk", "dansk-flygtningehjaelp", MembershipRole.VOLUNTEER);

        Person hanne = people.loadWithMemberships("HANNE@esbjerg.example.dk").orElseThrow();
        assertEquals("hanne@esbjerg.example.dk", hanne.getEmail());
        assertEquals(List.of("Esbjerg Kommune", "Dansk Flygtningehjælp"),
                hanne.getMemberships().stream().map(m -> m.getOrganisation().getName()).toList());
        assertTrue(people.membersOf("kommune-esbjerg").stream()
                .anyMatch(m -> m.getPerson().getEmail().equals("hanne@esbjerg.example.dk")));
    }

    @Test
    void refusesASecondPersonWithTheSameEmailAndUnknownOrganisations() {
        people.register("Per Nielsen", "per@herning.example.dk", Language.DA);
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> people.register("Per Nielsen", "PER@herning.example.dk", Language.DA));
        assertTrue(duplicate.getMessage().contains("exists already"), duplicate.getMessage());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> people.addMembership("per@herning.example.dk", "kommune-atlantis", MembershipRole.PROFESSIONAL));
        assertTrue(unknown.getMessage().contains("kommune-atlantis"), unknown.getMessage());
    }

    @Test
    void countsOrganisationsByTypeFromTheReferenceData() {
        assertEquals(98L, organisations.countByType().get(OrganisationType.MUNICIPALITY));
        Organisation aarhus = organisations.findByCode("kommune-aarhus").orElseThrow();
        assertEquals(Region.MIDTJYLLAND, aarhus.getRegion());
        assertEquals(SizeBand.OVER_100K, aarhus.getSizeBand());
    }

    @Test
    void storesPasswordsAsPbkdf2HashesThatVerify() {
        Person person = people.register("Ole Berg", "ole@viborg.example.dk", Language.EN);
        accounts.createAccount(person, "a long passphrase".toCharArray(), Set.of(Role.LEARNER));

        String stored = accounts.storedHash("ole@viborg.example.dk");
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        assertTrue(passwords.matches("a long passphrase".toCharArray(), stored));
        assertTrue(!passwords.matches("a wrong passphrase".toCharArray(), stored));
        assertEquals(Set.of(Role.LEARNER), accounts.findByEmail("ole@viborg.example.dk").orElseThrow().getRoles());
    }
}
