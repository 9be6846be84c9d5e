package dk.samskab.reporting;

import dk.samskab.enrolment.ManagerReach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Whom a training manager may enrol in bulk, by the same scope rule as their reports. */
@ApplicationScoped
@Transactional
public class ManagerReaches {

    @PersistenceContext
    EntityManager em;

    /** The manager's reach; empty for someone who is no manager (id -1). */
    public ManagerReach of(long managerId) {
        return new ManagerReach(scopeCodes(managerId), partnerCodes(managerId));
    }

    /** Civil-society partners of the municipalities in the manager's scope. */
    Set<String> partnerCodes(long managerId) {
        List<?> codes = ScopedSql.scope(managerId).append("SELECT o.code FROM organisation o JOIN partnership_member pm"
                + " ON pm.organisation_id = o.id JOIN partnership p ON p.id = pm.partnership_id"
                + " WHERE p.municipality_id IN (SELECT id FROM scope_org)").query(em).getResultList();
        return codes.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /** The codes of the organisations in the manager's scope, by the same rule as the reports. */
    Set<String> scopeCodes(long managerId) {
        List<?> codes = ScopedSql.scope(managerId).append("SELECT o.code FROM organisation o WHERE o.id IN (SELECT id FROM scope_org)")
                .query(em).getResultList();
        return codes.stream().map(String::valueOf).collect(Collectors.toSet());
    }
}
