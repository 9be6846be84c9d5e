package dk.samskab.account;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Person;
import dk.samskab.platform.AssuranceLevel;
import dk.samskab.platform.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs in a person whom their organisation's provider has vouched for. The provider's subject id
 * finds them; a first sign-in creates the person, their membership in the provider's organisation
 * and a learner's account without a usable password. Later sign-ins bring name and e-mail up to
 * date. An e-mail address that already belongs to someone else is never taken as proof: that
 * person must link the accounts by proving both.
 */
@ApplicationScoped
@Transactional
public class FederatedSignIn {

    /** Why a sign-in through a provider was refused (bundle key sso.refused.&lt;REASON&gt;). */
    public enum Refusal { STATE, PROVIDER_DOWN, TOKEN, NO_EMAIL, LINK_REQUIRED, UNKNOWN_PROVIDER, CANCELLED }

    public static class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        public RefusedException(Refusal refusal, String why) {
            super(refusal + ": " + why);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** What the provider's ID token says about the person; kept in the session while a link waits for the password. */
    public record Claims(String subject, String email, String name, String role, String acr, String amr) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    public SignedInCaller signIn(OidcProvider provider, Claims claims) {
        if (claims.email() == null || claims.email().isBlank()) {
            throw new RefusedException(Refusal.NO_EMAIL, "the provider sent no e-mail address");
        }
        String email = Person.normaliseEmail(claims.email());
        FederatedIdentity identity = identity(provider, claims);
        if (identity == null) {
            identity = firstSignIn(provider, claims, email);
        } else {
            update(identity.getPerson(), claims, email);
        }
        return signedIn(identity, provider, claims, "oidc ");
    }

    /**
     * Ties the provider's identity to the account with the e-mail address the provider sent, once
     * its owner has proved the account's password too, and signs them in. The person joins the
     * provider's organisation if not a member already.
     */
    public SignedInCaller link(OidcProvider provider, Claims claims) {
        Person person = em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
                .setParameter("email", Person.normaliseEmail(claims.email())).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(Refusal.STATE, "the account to link is gone"));
        FederatedIdentity identity = identity(provider, claims);
        if (identity != null && !identity.getPerson().equals(person)) {
            throw new RefusedException(Refusal.STATE, "the provider's identity was linked to someone else meanwhile");
        }
        if (identity == null) {
            identity = new FederatedIdentity(provider.code(), claims.subject(), person);
            em.persist(identity);
            Organisation organisation = organisation(provider);
            if (person.getMemberships().stream().noneMatch(m -> m.getOrganisation().equals(organisation))) {
                person.joinAs(organisation, role(provider, claims));
            }
        }
        return signedIn(identity, provider, claims, "oidc linked ");
    }

    private SignedInCaller signedIn(FederatedIdentity identity, OidcProvider provider, Claims claims, String how) {
        identity.signedIn(claims.acr());
        Account account = em.createQuery("SELECT a FROM Account a WHERE a.person = :person", Account.class)
                .setParameter("person", identity.getPerson()).getSingleResult();
        Set<String> roles = account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        AssuranceLevel assurance = provider.assurance(claims.acr());
        audit.record(AuditAction.LOGIN, identity.getPerson().getEmail(), how + provider.code()
                + (claims.acr() == null ? "" : " acr=" + claims.acr()) + (claims.amr() == null ? "" : " amr=" + claims.amr())
                + " assurance=" + assurance.code());
        return new SignedInCaller(identity.getPerson().getEmail(), roles, assurance);
    }

    private FederatedIdentity identity(OidcProvider provider, Claims claims) {
        return em.createQuery("SELECT f FROM FederatedIdentity f WHERE f.provider = :provider AND f.subject = :subject",
                FederatedIdentity.class).setParameter("provider", provider.code()).setParameter("subject", claims.subject())
                .getResultStream().findFirst().orElse(null);
    }

    private Organisation organisation(OidcProvider provider) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", provider.organisationCode()).getSingleResult();
    }

    private FederatedIdentity firstSignIn(OidcProvider provider, Claims claims, String email) {
        if (!em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class).setParameter("email", email)
                .getResultList().isEmpty()) {
            throw new RefusedException(Refusal.LINK_REQUIRED, "a person with this e-mail exists and has not linked the provider");
        }
        Organisation organisation = organisation(provider);
        Person person = new Person(claims.name() == null || claims.name().isBlank() ? email : claims.name(), email, Language.DA);
        person.joinAs(organisation, role(provider, claims));
        em.persist(person);
        byte[] unusable = new byte[32];
        RANDOM.nextBytes(unusable);
        // No password: the person signs in through the provider; a reset can give them one later.
        em.persist(new Account(person, passwords.hash(Base64.getEncoder().encodeToString(unusable).toCharArray()),
                EnumSet.of(Role.LEARNER)));
        FederatedIdentity identity = new FederatedIdentity(provider.code(), claims.subject(), person);
        em.persist(identity);
        return identity;
    }

    /** Name and e-mail as the provider has them now; an address someone else has is left alone. */
    private void update(Person person, Claims claims, String email) {
        if (claims.name() != null && !claims.name().isBlank()) {
            person.rename(claims.name());
        }
        boolean taken = em.createQuery("SELECT COUNT(p) FROM Person p WHERE p.email = :email AND p <> :self", Long.class)
                .setParameter("email", email).setParameter("self", person).getSingleResult() > 0;
        if (!email.equals(person.getEmail()) && !taken) {
            person.changeEmail(email);
        }
    }

    private static MembershipRole role(OidcProvider provider, Claims claims) {
        String wanted = claims.role() != null && !claims.role().isBlank() ? claims.role() : provider.defaultRole();
        try {
            return MembershipRole.valueOf(wanted.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return MembershipRole.valueOf(provider.defaultRole().toUpperCase(Locale.ROOT));
        }
    }
}
