package dk.samskab.enrolment;

import dk.samskab.account.AccountService;
import dk.samskab.account.Role;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.organisation.Language;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Invitation links: a volunteer with no account registers with a minimal profile and lands
 * enrolled in the cohort; someone who has an account joins with it, and may add the volunteer
 * membership to it.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    /** Shortest password accepted: long passphrases beat composition rules. */
    public static final int MIN_PASSWORD_LENGTH = dk.samskab.account.PasswordPolicy.MIN_LENGTH;

    /** What the invitation page shows. */
    public record Invitation(String token, String cohortName, CourseDefinition course, List<Organisation> civilSociety) {
    }

    /** A refused registration, with the bundle key invitation.refused.&lt;REASON&gt;. */
    public static class InvitationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public enum Reason { NAME_REQUIRED, BAD_EMAIL, EMAIL_TAKEN, ORGANISATION_REQUIRED }

        private final Reason reason;

        public InvitationException(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PeopleService people;

    @Inject
    AccountService accounts;

    public Optional<Invitation> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{24}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Cohort.BY_INVITE, Cohort.class).setParameter("token", token).getResultStream()
                .filter(c -> !c.getEndsOn().isBefore(LocalDate.now())).findFirst()
                .map(c -> new Invitation(token, c.getName(), c.getCourseVersion().definition(),
                        c.getOrganisations().stream().filter(o -> o.getType().isCivilSociety()).toList()));
    }

    /** Registers a new volunteer and enrols them; every field is checked before anything is written. */
    public Enrolment register(String token, String fullName, String email, String password, String organisationCode) {
        Invitation invitation = find(token).orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.UNKNOWN_COHORT));
        if (fullName == null || fullName.isBlank()) {
            throw new InvitationException(InvitationException.Reason.NAME_REQUIRED);
        }
        String normalised;
        try {
            normalised = Person.normaliseEmail(email);
        } catch (IllegalArgumentException e) {
            throw new InvitationException(InvitationException.Reason.BAD_EMAIL);
        }
        if (people.findByEmail(normalised).isPresent()) {
            throw new InvitationException(InvitationException.Reason.EMAIL_TAKEN);
        }
        dk.samskab.account.PasswordPolicy.require(password, normalised);
        Organisation organisation = invitation.civilSociety().stream().filter(o -> o.getCode().equals(organisationCode))
                .findFirst().orElseThrow(() -> new InvitationException(InvitationException.Reason.ORGANISATION_REQUIRED));
        Person person = people.register(fullName, normalised, Language.DA);
        people.addMembership(normalised, organisation.getCode(), MembershipRole.VOLUNTEER);
        accounts.createAccount(person, password.toCharArray(), Set.of(Role.LEARNER));
        return new Enrolments(em).enrolByInvitation(people.findByEmail(normalised).orElseThrow(), token);
    }

    /** Joins with an existing account, optionally adding the volunteer membership (e.g. a municipal employee who volunteers). */
    public Enrolment join(String email, String token, String volunteerFor) {
        Invitation invitation = find(token).orElseThrow(() -> new EnrolmentException(EnrolmentException.Reason.UNKNOWN_COHORT));
        if (volunteerFor != null && !volunteerFor.isBlank()) {
            invitation.civilSociety().stream().filter(o -> o.getCode().equals(volunteerFor)).findFirst()
                    .ifPresent(o -> people.addMembership(email, o.getCode(), MembershipRole.VOLUNTEER));
        }
        return new Enrolments(em).enrolByInvitation(people.findByEmail(email).orElseThrow(), token);
    }

    /** Open cohorts with their invitation links, for the people who hand the links out. */
    public List<Cohort> openCohorts() {
        return em.createNamedQuery(Cohort.ALL_OPEN, Cohort.class).setParameter("today", LocalDate.now()).getResultList();
    }
}
