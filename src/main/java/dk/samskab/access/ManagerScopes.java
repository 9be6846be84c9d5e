package dk.samskab.access;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.account.AccountService;
import dk.samskab.account.Role;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.Partnership;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Inject
    AuditLog audit;

    @Inject
    PeopleService people;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    public List<Line> all() {
        return em.createQuery("SELECT s FROM ManagerScope s ORDER BY s.manager.fullName, s.id", ManagerScope.class).getResultList()
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
        Person manager = people.findByEmail(email).orElseThrow(() -> new ScopeException(Refusal.NOT_A_MANAGER));
        ManagerScope scope = organisation
                ? ManagerScope.ofOrganisation(manager, em.createQuery("SELECT o FROM Organisation o WHERE o.code = :c",
                        Organisation.class).setParameter("c", organisationCode).getSingleResult())
                : ManagerScope.ofPartnership(manager, em.createQuery("SELECT p FROM Partnership p WHERE p.code = :c",
                        Partnership.class).setParameter("c", partnershipCode).getSingleResult());
        boolean exists = all().stream().anyMatch(l -> l.email().equals(email)
                && Objects.equals(l.organisation(), scope.getOrganisation() == null ? null : scope.getOrganisation().getName())
                && Objects.equals(l.partnership(), scope.getPartnership() == null ? null : scope.getPartnership().getName()));
        if (exists) {
            throw new ScopeException(Refusal.ALREADY);
        }
        em.persist(scope);
        audit.record(AuditAction.SCOPE_ADDED, email, organisation ? organisationCode : partnershipCode);
    }

    /**
     * The organisations the manager answers for: those given directly, and the municipality and
     * members of each partnership given. The one meaning of "a manager's organisations", for
     * approvals and reports alike.
     */
    public Set<Long> organisationsOf(long managerId) {
        List<?> ids = em.createNativeQuery(ORGANISATIONS_IN_SCOPE).setParameter(1, managerId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toUnmodifiableSet());
    }

    private static final String ORGANISATIONS_IN_SCOPE = """
            SELECT s.organisation_id FROM manager_scope s WHERE s.person_id = ?1 AND s.organisation_id IS NOT NULL
            UNION SELECT p.municipality_id FROM manager_scope s JOIN partnership p ON p.id = s.partnership_id
                WHERE s.person_id = ?1
            UNION SELECT pm.organisation_id FROM manager_scope s
                JOIN partnership_member pm ON pm.partnership_id = s.partnership_id WHERE s.person_id = ?1
            """;

    public void remove(long id) {
        ManagerScope scope = em.find(ManagerScope.class, id);
        if (scope != null) {
            em.remove(scope);
            audit.record(AuditAction.SCOPE_REMOVED, scope.getManager().getEmail(), scope.getOrganisation() != null
                    ? scope.getOrganisation().getCode() : scope.getPartnership().getCode());
        }
    }
}
