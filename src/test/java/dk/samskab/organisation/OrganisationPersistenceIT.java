package dk.samskab.organisation;

import dk.samskab.platform.Language;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.StandaloneJpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The organisation entities and their queries against real MariaDB, with EclipseLink outside the container. */
class OrganisationPersistenceIT {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void migrateAndConnect() {
        factory = StandaloneJpa.migratedSchema("samskab_jpa");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static void inTransaction(Consumer<EntityManager> work) {
        StandaloneJpa.inTransaction(factory, em -> {
            work.accept(em);
            return null;
        });
    }

    private static Organisation byCode(EntityManager em, String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class).setParameter("code", code).getSingleResult();
    }

    @Test
    void aPersonCanBeAProfessionalInOneOrganisationAndAVolunteerInAnother() {
        inTransaction(em -> {
            Person person = new Person("Birgitte Holm", " Birgitte.Holm@Odense.example.dk ", Language.DA);
            person.joinAs(byCode(em, "kommune-odense"), MembershipRole.PROFESSIONAL);
            person.joinAs(byCode(em, "aeldresagen"), MembershipRole.VOLUNTEER);
            person.joinAs(byCode(em, "aeldresagen"), MembershipRole.VOLUNTEER);
            em.persist(person);
        });

        EntityManager em = factory.createEntityManager();
        Person loaded = em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", "birgitte.holm@odense.example.dk").getSingleResult();
        assertEquals(java.util.Set.of("Odense Kommune:PROFESSIONAL", "Ældresagen:VOLUNTEER"),
                loaded.getMemberships().stream().map(m -> m.getOrganisation().getName() + ":" + m.getRole())
                        .collect(java.util.stream.Collectors.toSet()),
                "both memberships, the repeated one not added twice");
        assertEquals(2, loaded.getMemberships().size());
        assertTrue(loaded.getCreatedAt() != null && loaded.getUpdatedAt() != null, "timestamps are stored");

        List<Membership> odense = em.createNamedQuery(Membership.BY_ORGANISATION, Membership.class)
                .setParameter("code", "kommune-odense").getResultList();
        assertEquals(List.of("Birgitte Holm"), odense.stream().map(m -> m.getPerson().getFullName()).toList());
        em.close();
    }

    @Test
    void membersOfMyOrganisationsIsLimitedToTheOrganisationsIBelongTo() {
        inTransaction(em -> {
            Person manager = new Person("Leder Vejle", "leder@vejle.example.dk", Language.DA);
            manager.joinAs(byCode(em, "kommune-vejle"), MembershipRole.LEADER);
            Person colleague = new Person("Kollega Vejle", "kollega@vejle.example.dk", Language.DA);
            colleague.joinAs(byCode(em, "kommune-vejle"), MembershipRole.PROFESSIONAL);
            Person neighbour = new Person("Nabo Kolding", "nabo@kolding.example.dk", Language.DA);
            neighbour.joinAs(byCode(em, "kommune-kolding"), MembershipRole.PROFESSIONAL);
            em.persist(manager);
            em.persist(colleague);
            em.persist(neighbour);
        });

        EntityManager em = factory.createEntityManager();
        List<String> visible = em.createNamedQuery(Membership.IN_ORGANISATIONS_OF, Membership.class)
                .setParameter("email", "leder@vejle.example.dk").getResultList()
                .stream().map(m -> m.getPerson().getFullName()).toList();
        assertEquals(List.of("Kollega Vejle", "Leder Vejle"), visible);
        em.close();
    }

    @Test
    void aPartnershipJoinsAMunicipalityWithCivilSociety() {
        inTransaction(em -> {
            Partnership partnership = new Partnership("test-odense", "Fællesskab mod ensomhed", byCode(em, "kommune-odense"));
            partnership.addPartner(byCode(em, "frivilligcenter-odense"));
            partnership.addPartner(byCode(em, "roede-kors"));
            em.persist(partnership);
        });
        EntityManager em = factory.createEntityManager();
        Partnership loaded = em.createNamedQuery(Partnership.BY_CODE, Partnership.class)
                .setParameter("code", "test-odense").getSingleResult();
        assertEquals(List.of("Dansk Røde Kors", "Frivilligcenter Odense"),
                loaded.getCivilSocietyPartners().stream().map(Organisation::getName).toList());
        assertThrows(IllegalArgumentException.class, () -> loaded.addPartner(byCode(em, "kp")),
                "an education provider is not a civil-society partner");
        em.close();
    }

    @Test
    void twoPeopleCannotShareAnEmailAddress() {
        inTransaction(em -> em.persist(new Person("Første", "same@example.dk", Language.DA)));
        assertThrows(PersistenceException.class,
                () -> inTransaction(em -> em.persist(new Person("Anden", "SAME@example.dk", Language.EN))));
    }
}
