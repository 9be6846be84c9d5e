package dk.samskab.organisation;

import dk.samskab.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Registers people and their memberships of organisations. */
@ApplicationScoped
@Transactional
public class PeopleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationDirectory organisations;

    public Person register(String fullName, String email, Language language) {
        String normalised = Person.normaliseEmail(email);
        if (findByEmail(normalised).isPresent()) {
            throw new IllegalArgumentException("A person with e-mail " + normalised + " exists already");
        }
        Person person = new Person(fullName, normalised, language);
        em.persist(person);
        return person;
    }

    public Optional<Person> findByEmail(String email) {
        return em.createNamedQuery(Person.BY_EMAIL, Person.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    /** The person with their memberships and organisations loaded, for display. */
    public Optional<Person> loadWithMemberships(String email) {
        Optional<Person> person = findByEmail(email);
        person.ifPresent(p -> p.getMemberships().forEach(m -> m.getOrganisation().getName()));
        return person;
    }

    public Membership addMembership(String email, String organisationCode, MembershipRole role) {
        Person person = findByEmail(email)
                .orElseThrow(() -> new IllegalArgumentException("Unknown person: " + email));
        Membership membership = person.joinAs(organisations.requireByCode(organisationCode), role);
        em.flush();
        return membership;
    }

    public List<Membership> membersOf(String organisationCode) {
        return em.createNamedQuery(Membership.BY_ORGANISATION, Membership.class)
                .setParameter("code", organisationCode)
                .getResultList();
    }

    /** Everyone with a membership in an organisation that the given person also belongs to. */
    public List<Membership> membersOfOrganisationsOf(String email) {
        return em.createNamedQuery(Membership.IN_ORGANISATIONS_OF, Membership.class)
                .setParameter("email", Person.normaliseEmail(email))
                .getResultList();
    }

    void languageChosen(@jakarta.enterprise.event.Observes dk.samskab.platform.LanguageChosen chosen) {
        changeLanguage(chosen.email(), chosen.language());
    }

    public void changeLanguage(String email, Language language) {
        findByEmail(email).ifPresent(person -> person.setPreferredLanguage(language));
    }
}
