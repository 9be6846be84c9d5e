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

    /** The enrolment's columns every report reads from the visible set, named for the outer query. */
    private static final String COLUMNS = "m.organisation_id AS organisation_id, e.id AS enrolment_id, e.person_id AS person_id,"
            + " e.course_id AS course_id, e.course_version_id AS course_version_id, e.cohort_id AS cohort_id,"
            + " e.status AS status, e.last_activity_at AS last_activity_at, e.completed_at AS completed_at";

    /**
     * The visible enrolments under the given conditions, one row per (organisation, enrolment):
     * learners seen through a membership in an organisation in scope, and learners of a partner
     * organisation of a municipality in scope whose enrolment is in a cohort shared with that
     * municipality. The two halves are disjoint (the second only adds organisations outside the
     * scope), so they are joined without a costly de-duplication; each follows an index from the
     * organisation to its members and their enrolments. The organisation, course and version are
     * joined only when a condition names them, and the conditions (so their parameters) appear
     * once in each half.
     */
    static String visible(ReportFilter.Sql conditions) {
        // A person with two roles in one organisation is counted once there, unless a role is asked for.
        String oneMembership = conditions.filtersRole() ? "" : " AND NOT EXISTS (SELECT 1 FROM membership m0"
                + " WHERE m0.person_id = m.person_id AND m0.organisation_id = m.organisation_id AND m0.id < m.id)";
        return "SELECT " + COLUMNS + """

                FROM scope_org so
                JOIN membership m ON m.organisation_id = so.id
                JOIN enrolment e ON e.person_id = m.person_id
                """ + joins(conditions) + where(conditions) + oneMembership + """

                UNION ALL
                SELECT DISTINCT\s""" + COLUMNS + """

                FROM scope_org so
                JOIN partnership p ON p.municipality_id = so.id
                JOIN partnership_member pm ON pm.partnership_id = p.id
                JOIN membership m ON m.organisation_id = pm.organisation_id
                JOIN enrolment e ON e.person_id = m.person_id
                JOIN cohort_organisation co ON co.cohort_id = e.cohort_id AND co.organisation_id = p.municipality_id
                """ + joins(conditions) + where(conditions) + " AND m.organisation_id NOT IN (SELECT id FROM scope_org)";
    }

    private static String joins(ReportFilter.Sql conditions) {
        return (conditions.names("o") ? " JOIN organisation o ON o.id = m.organisation_id" : "")
                + (conditions.names("c") ? " JOIN course c ON c.id = e.course_id" : "")
                + (conditions.names("v") ? " JOIN course_version v ON v.id = e.course_version_id" : "");
    }

    private static String where(ReportFilter.Sql conditions) {
        return " WHERE e.status <> 'WITHDRAWN' AND e.status <> 'REJECTED'" + conditions.where();
    }

    /** The conditions' parameters for visible(…), which uses them twice. */
    static List<Object> twice(List<Object> parameters) {
        List<Object> both = new ArrayList<>(parameters);
        both.addAll(parameters);
        return both;
    }

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
