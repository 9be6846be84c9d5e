package dk.samskab.reporting;

import dk.samskab.audit.AuditAction;
import dk.samskab.account.AccountService;
import dk.samskab.account.Role;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** For admins: which organisations and partnerships each training manager is responsible for. */
@ApplicationScoped
@Transactional
public class ManagerScopes {

    /** Why a change was refused (bundle key scope.refused.&lt;REASON&gt;). */
    public enum Refusal { NOT_A_MANAGER, CHOOSE_ONE, ALREADY }

    public static class ScopeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        ScopeException(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** One line of the admin's list. */
    public record Line(long id, String manager, String email, String organisation, String partnership) {
    }

    @jakarta.inject.Inject
    dk.samskab.audit.AuditLog audit;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    public List<Line> all() {
        return em.createQuery("SELECT s FROM ManagerScope s ORDER BY s.manager.fullName", ManagerScope.class).getResultList()
                .stream().map(s -> new Line(s.getId(), s.getManager().getFullName(), s.getManager().getEmail(),
                        s.getOrganisation() == null ? null : s.getOrganisation().getName(),
                        s.getPartnership() == null ? null : s.getPartnership().getName()))
                .toList();
    }

    /** Makes the manager responsible for one organisation or one partnership (exactly one of the codes). */
    public void add(String managerEmail, String organisationCode, String partnershipCode) {
        String email = managerEmail == null ? "" : managerEmail.strip().toLowerCase();
        if (!accounts.hasRole(email, Role.TRAINING_MANAGER)) {
            throw new ScopeException(Refusal.NOT_A_MANAGER);
        }
        boolean organisation = organisationCode != null && !organisationCode.isBlank();
        boolean partnership = partnershipCode != null && !partnershipCode.isBlank();
        if (organisation == partnership) {
            throw new ScopeException(Refusal.CHOOSE_ONE);
        }
        Person manager = em.createQuery("SELECT p FROM Person p WHERE p.email = :e", Person.class).setParameter("e", email)
                .getSingleResult();
        ManagerScope scope = organisation
                ? ManagerScope.ofOrganisation(manager, em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c",
                        Organisation.class).setParameter("c", organisationCode).getSingleResult())
                : ManagerScope.ofPartnership(manager, em.createQuery("SELECT p FROM Partnership p WHERE p.code = :c",
                        Partnership.class).setParameter("c", partnershipCode).getSingleResult());
        boolean exists = all().stream().anyMatch(l -> l.email().equals(email)
                && java.util.Objects.equals(l.organisation(), scope.getOrganisation() == null ? null : scope.getOrganisation().getName())
                && java.util.Objects.equals(l.partnership(), scope.getPartnership() == null ? null : scope.getPartnership().getName()));
        if (exists) {
            throw new ScopeException(Refusal.ALREADY);
        }
        em.persist(scope);
        audit.record(AuditAction.SCOPE_ADDED, email, organisation ? organisationCode : partnershipCode);
    }

    public void remove(long id) {
        ManagerScope scope = em.find(ManagerScope.class, id);
        if (scope != null) {
            em.remove(scope);
            audit.record(AuditAction.SCOPE_REMOVED, scope.getManager().getEmail(), scope.getOrganisation() != null
                    ? scope.getOrganisation().getCode() : scope.getPartnership().getCode());
        }
    }
}
