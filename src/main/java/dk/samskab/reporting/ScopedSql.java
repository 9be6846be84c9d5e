package dk.samskab.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The manager's scope as SQL, to be part of every report query: the scope's organisations (those
 * named, and for a partnership its municipality and partners), and the learners seen through
 * them. A learner counts once per organisation in scope through which they are seen; their other
 * memberships never appear.
 */
final class ScopedSql {

    /** The organisations in the manager's scope, as a common table expression named scope_org. */
    static final String SCOPE_ORG = """
            WITH scope_org AS (
                SELECT s.organisation_id AS id FROM manager_scope s WHERE s.person_id = ? AND s.organisation_id IS NOT NULL
                UNION SELECT p.municipality_id FROM manager_scope s JOIN partnership p ON p.id = s.partnership_id
                    WHERE s.person_id = ?
                UNION SELECT pm.organisation_id FROM manager_scope s
                    JOIN partnership_member pm ON pm.partnership_id = s.partnership_id WHERE s.person_id = ?
            )
            """;

    /**
     * Whether membership m (of the learner of enrolment e) is seen by the manager: it is in an
     * organisation in scope, or it is a partner organisation of a municipality in scope and the
     * enrolment is in a cohort shared with that municipality.
     */
    static final String IN_SCOPE = """
            (m.organisation_id IN (SELECT id FROM scope_org)
             OR EXISTS (SELECT 1 FROM partnership p JOIN partnership_member pm ON pm.partnership_id = p.id
                        JOIN cohort_organisation co ON co.organisation_id = p.municipality_id
                        WHERE pm.organisation_id = m.organisation_id AND co.cohort_id = e.cohort_id
                          AND p.municipality_id IN (SELECT id FROM scope_org)))
            """;

    /** The visible (organisation, enrolment) pairs under the filter, as a derived table x. */
    static final String VISIBLE = """
            SELECT DISTINCT m.organisation_id AS organisation_id, e.id AS enrolment_id
            FROM enrolment e
            JOIN membership m ON m.person_id = e.person_id
            JOIN organisation o ON o.id = m.organisation_id
            JOIN course c ON c.id = e.course_id
            JOIN course_version v ON v.id = e.course_version_id
            WHERE e.status <> 'WITHDRAWN' AND e.status <> 'REJECTED' AND
            """ + IN_SCOPE;

    private ScopedSql() {
    }

    /** A native query whose "?" placeholders are bound in order: the manager three times, then the rest. */
    static Query query(EntityManager em, String sql, long managerId, List<Object> parameters) {
        List<Object> all = new ArrayList<>(List.of(managerId, managerId, managerId));
        all.addAll(parameters);
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            numbered.append(ch);
            if (ch == '?') {
                numbered.append(++n);
            }
        }
        if (n != all.size()) {
            throw new IllegalStateException("The query has " + n + " placeholders for " + all.size() + " parameters");
        }
        Query query = em.createNativeQuery(numbered.toString());
        for (int i = 0; i < all.size(); i++) {
            query.setParameter(i + 1, all.get(i));
        }
        return query;
    }
}
