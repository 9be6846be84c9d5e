package dk.samskab.reporting;

import static dk.samskab.enrolment.EnrolmentStatus.REJECTED;
import static dk.samskab.enrolment.EnrolmentStatus.WITHDRAWN;

import java.util.List;

/**
 * The manager's scope as SQL, to be part of every report query: the scope's organisations (those
 * named, and for a partnership its municipality and partners), and the learners seen through
 * them. A learner counts once per organisation in scope through which they are seen; their other
 * memberships never appear.
 */
final class ScopedSql {

    /** The enrolment's columns every report reads from the visible set, named for the outer query. */
    private static final String COLUMNS = "m.organisation_id AS organisation_id, e.id AS enrolment_id, e.person_id AS person_id,"
            + " e.course_id AS course_id, e.course_version_id AS course_version_id, e.cohort_id AS cohort_id,"
            + " e.status AS status, e.last_activity_at AS last_activity_at, e.completed_at AS completed_at";

    private ScopedSql() {
    }

    /** The organisations in the manager's scope, as a common table expression named scope_org, to start a query. */
    static Sql scope(long managerId) {
        return Sql.of("WITH scope_org AS (\n  SELECT s.organisation_id AS id FROM manager_scope s WHERE s.person_id = ")
                .bind(managerId).append(" AND s.organisation_id IS NOT NULL\n  UNION SELECT p.municipality_id FROM manager_scope s"
                        + " JOIN partnership p ON p.id = s.partnership_id WHERE s.person_id = ")
                .bind(managerId).append("\n  UNION SELECT pm.organisation_id FROM manager_scope s"
                        + " JOIN partnership_member pm ON pm.partnership_id = s.partnership_id WHERE s.person_id = ")
                .bind(managerId).append("\n)\n");
    }

    /**
     * The given organisations as the scope, for a caller whose organisations are already worked
     * out (an API client): the same set as scope(managerId) gives for a manager with that scope.
     */
    static Sql scopeOf(java.util.Set<Long> organisationIds) {
        Sql ids = Sql.of("WITH scope_org AS (\n  SELECT o.id FROM organisation o WHERE o.id IN (");
        boolean first = true;
        for (long id : organisationIds.isEmpty() ? java.util.Set.of(-1L) : organisationIds) {
            ids = (first ? ids : ids.append(", ")).bind(id);
            first = false;
        }
        return ids.append(")\n)\n");
    }

    /**
     * The visible enrolments under the given conditions, one row per (organisation, enrolment):
     * learners seen through a membership in an organisation in scope, and learners of a partner
     * organisation of a municipality in scope whose enrolment is in a cohort shared with that
     * municipality. The two halves are disjoint (the second only adds organisations outside the
     * scope), so they are joined without a costly de-duplication; each follows an index from the
     * organisation to its members and their enrolments. The organisation, course and version are
     * joined only when a condition needs them, and the conditions stand (and bind) in each half.
     */
    static Sql visible(List<Condition> conditions) {
        String joins = joins(conditions);
        Sql where = where(conditions);
        // A person with two roles in one organisation is counted once there, unless a role is asked for.
        String oneMembership = conditions.stream().anyMatch(Condition::onRole) ? "" : " AND NOT EXISTS (SELECT 1 FROM membership m0"
                + " WHERE m0.person_id = m.person_id AND m0.organisation_id = m.organisation_id AND m0.id < m.id)";
        return Sql.of("SELECT " + COLUMNS + """

                FROM scope_org so
                JOIN membership m ON m.organisation_id = so.id
                JOIN enrolment e ON e.person_id = m.person_id
                """ + joins).append(where).append(oneMembership + """

                UNION ALL
                SELECT DISTINCT\s""" + COLUMNS + """

                FROM scope_org so
                JOIN partnership p ON p.municipality_id = so.id
                JOIN partnership_member pm ON pm.partnership_id = p.id
                JOIN membership m ON m.organisation_id = pm.organisation_id
                JOIN enrolment e ON e.person_id = m.person_id
                JOIN cohort_organisation co ON co.cohort_id = e.cohort_id AND co.organisation_id = p.municipality_id
                """ + joins).append(where).append(" AND m.organisation_id NOT IN (SELECT id FROM scope_org)");
    }

    /** The tables the conditions name, each once. */
    private static String joins(List<Condition> conditions) {
        StringBuilder joins = new StringBuilder();
        for (Condition.Join join : Condition.Join.values()) {
            if (conditions.stream().anyMatch(condition -> condition.joins().contains(join))) {
                joins.append(join.sql);
            }
        }
        return joins.toString();
    }

    private static Sql where(List<Condition> conditions) {
        Sql where = Sql.of(" WHERE e.status <> " + Sql.literals(WITHDRAWN) + " AND e.status <> " + Sql.literals(REJECTED));
        for (Condition condition : conditions) {
            where = where.append(" AND ").append(condition.sql());
        }
        return where;
    }
}
