package dk.samskab.enrolment;

import dk.samskab.platform.Dates;
import dk.samskab.account.AccountService;
import dk.samskab.account.Role;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.platform.Language;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import dk.samskab.platform.OneTimeTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Invitation links: a volunteer with no account registers with a minimal profile, confirms their
 * e-mail address with a mailed link and lands enrolled in the cohort; someone who has an account
 * joins with it, and may add the volunteer membership to it.
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    /** How long a mailed confirmation link works. */
    static final Duration CONFIRM_WITHIN = Duration.ofDays(2);

    /** Shortest password accepted: long passphrases beat composition rules. */
    public static final int MIN_PASSWORD_LENGTH = dk.samskab.account.PasswordPolicy.MIN_LENGTH;

    /** What the invitation page shows. */
    public record Invitation(String token, String cohortName, CourseDefinition course, List<Organisation> civilSociety) {
    }

    /** A refused registration, with the bundle key invitation.refused.&lt;REASON&gt;. */
    public static class InvitationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public enum Reason { NAME_REQUIRED, BAD_EMAIL, EMAIL_TAKEN, ORGANISATION_REQUIRED, INVALID_LINK }

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

    @Inject
    OneTimeTokens tokens;

    @Inject
    Event<RegistrationToConfirm> registered;

    public Optional<Invitation> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{24}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Cohort.BY_INVITE, Cohort.class).setParameter("token", token).getResultStream()
                .filter(c -> !c.getEndsOn().isBefore(Dates.today())).findFirst()
                .map(c -> new Invitation(token, c.getName(), c.getCourseVersion().definition(),
                        c.getOrganisations().stream().filter(o -> o.getType().isCivilSociety()).toList()));
    }

    /**
     * Registers a new volunteer: every field is checked, then the registration waits until the
     * person confirms their address with the link mailed to it; nothing else is written before.
     */
    public void register(String token, String fullName, String email, String password, String organisationCode,
            Language language) {
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
        Cohort cohort = em.createNamedQuery(Cohort.BY_INVITE, Cohort.class).setParameter("token", token).getSingleResult();
        String link = tokens.issue();
        em.persist(new PendingRegistration(OneTimeTokens.hash(link), cohort, fullName.strip(), normalised,
                accounts.hashOf(password.toCharArray()), organisation, language, Instant.now().plus(CONFIRM_WITHIN)));
        registered.fire(new RegistrationToConfirm(normalised, fullName.strip(), language, link, invitation.cohortName(),
                CONFIRM_WITHIN));
    }

    /**
     * Confirms a registration with its mailed link: the person, their account, their volunteer
     * membership and the enrolment are created together. Refused if the link is used, expired or
     * unknown, or if the address got an account meanwhile.
     */
    public Enrolment confirm(String link) {
        PendingRegistration pending = tokens.valid(link).flatMap(hash -> em.createQuery(
                "SELECT p FROM PendingRegistration p WHERE p.tokenHash = :hash", PendingRegistration.class)
                .setParameter("hash", hash).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()).filter(p -> p.usable(Instant.now()))
                .orElseThrow(() -> new InvitationException(InvitationException.Reason.INVALID_LINK));
        if (people.findByEmail(pending.getEmail()).isPresent()) {
            throw new InvitationException(InvitationException.Reason.EMAIL_TAKEN);
        }
        pending.confirm(Instant.now());
        Person person = people.register(pending.getFullName(), pending.getEmail(), pending.getLanguage());
        people.addMembership(pending.getEmail(), pending.getOrganisation().getCode(), MembershipRole.VOLUNTEER);
        accounts.createAccountWithHash(person, pending.getPasswordHash(), Set.of(Role.LEARNER));
        return new Enrolments(em).enrolByInvitation(people.findByEmail(pending.getEmail()).orElseThrow(),
                pending.getCohort().getInviteToken());
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
        return em.createNamedQuery(Cohort.ALL_OPEN, Cohort.class).setParameter("today", Dates.today()).getResultList();
    }
}
