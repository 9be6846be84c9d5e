package dk.samskab.account;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The providers admins set up: checked before anything is stored, each in its own code, and
 * audited. Their secrets stay with the operator (samskab.oidc.CODE.client-secret); a provider
 * without one is shown to the admin but not offered on the login page.
 */
@ApplicationScoped
@Transactional
public class SignInProviders {

    /** Why a provider was not saved (bundle key signInProviders.refused.&lt;REASON&gt;). */
    public enum Refusal { CODE, CODE_TAKEN, NAME, ISSUER, CLIENT_ID, ORGANISATION, ACR_LEVELS, UNKNOWN }

    public static class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** What the admin entered. */
    public record Setup(String code, String name, String issuer, String clientId, String organisationCode, String roleClaim,
            MembershipRole defaultRole, String acrLevels) {
    }

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    OidcProviders providers;

    public List<SignInProvider> all() {
        return em.createQuery("SELECT p FROM SignInProvider p JOIN FETCH p.organisation ORDER BY p.name", SignInProvider.class)
                .getResultList();
    }

    public Optional<SignInProvider> find(String code) {
        return em.createQuery("SELECT p FROM SignInProvider p WHERE p.code = :code", SignInProvider.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Adds a provider, or changes the one with this code; a code the configuration already uses is taken. */
    public SignInProvider save(Setup setup, String admin) {
        String code = setup.code() == null ? "" : setup.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new RefusedException(Refusal.CODE);
        }
        SignInProvider provider = em.createQuery("SELECT p FROM SignInProvider p WHERE p.code = :code", SignInProvider.class)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (provider == null && providers.configured().stream().anyMatch(p -> p.code().equals(code))) {
            throw new RefusedException(Refusal.CODE_TAKEN);
        }
        String name = required(setup.name(), Refusal.NAME, 200);
        String issuer = required(setup.issuer(), Refusal.ISSUER, 500);
        if (!isWebAddress(issuer)) {
            throw new RefusedException(Refusal.ISSUER);
        }
        String clientId = required(setup.clientId(), Refusal.CLIENT_ID, 255);
        Organisation organisation = em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", String.valueOf(setup.organisationCode())).getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(Refusal.ORGANISATION));
        String acrLevels = blankToNull(setup.acrLevels());
        try {
            OidcProviders.acrLevels(acrLevels == null ? "" : acrLevels);
        } catch (IllegalArgumentException wrong) {
            throw new RefusedException(Refusal.ACR_LEVELS);
        }
        boolean added = provider == null;
        if (added) {
            provider = new SignInProvider(code);
        }
        provider.describe(name, issuer.replaceAll("/+$", ""), clientId, organisation, blankToNull(setup.roleClaim()),
                setup.defaultRole() == null ? MembershipRole.PROFESSIONAL : setup.defaultRole(), acrLevels);
        if (added) {
            em.persist(provider);
        }
        audit.record(AuditAction.SIGN_IN_PROVIDER_SAVED, admin, code + " " + issuer + " " + organisation.getCode());
        providers.forget();
        return provider;
    }

    public void enable(String code, boolean enabled, String admin) {
        SignInProvider provider = find(code).orElseThrow(() -> new RefusedException(Refusal.UNKNOWN));
        provider.enable(enabled);
        audit.record(AuditAction.SIGN_IN_PROVIDER_SAVED, admin, code + (enabled ? " enabled" : " disabled"));
        providers.forget();
    }

    private static String required(String value, Refusal refusal, int maxLength) {
        String text = blankToNull(value);
        if (text == null || text.length() > maxLength) {
            throw new RefusedException(refusal);
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An https address; plain http only on this machine, as for a provider under test. */
    private static boolean isWebAddress(String address) {
        try {
            URI uri = URI.create(address);
            boolean loopback = "127.0.0.1".equals(uri.getHost()) || "localhost".equals(uri.getHost());
            return ("https".equals(uri.getScheme()) || loopback && "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
