package dk.samskab.reporting;

import dk.samskab.enrolment.Enrolment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The training managers' reports. Every query names the manager and carries their scope inside
 * its SQL (ScopedSql), so no report, export or drill-down can return a learner outside it.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    /** Learners without any progress event for this long are not counted as active. */
    static final int ACTIVE_DAYS = 30;

    /** One organisation × course cell of the dashboard. */
    public record Row(long organisationId, String organisation, String organisationType, String courseCode, String titleDa,
            String titleEn, long enrolled, long active, long completed, long overdue, BigDecimal ects) {

        /** Completed of enrolled, in whole per cent. */
        public int completionRate() {
            return enrolled == 0 ? 0 : (int) (completed * 100 / enrolled);
        }
    }

    /** A learner behind a number. */
    public record Learner(long enrolmentId, String name, String organisation, String courseCode, String status,
            Instant enrolledAt, Instant completedAt) {
    }

    /** The average change from the start to the end self-assessment, per competence shift, and how many it rests on. */
    public record SelfAssessmentChange(double professionalIdentity, double waysOfWorking, double collaboration,
            double leadership, long learners) {
    }

    @PersistenceContext
    EntityManager em;

    public List<Row> dashboard(long managerId, ReportFilter filter) {
        ReportFilter.Sql where = filter.toSql();
        String sql = ScopedSql.SCOPE_ORG + """
                SELECT o.id, o.name, o.type, c.code, MAX(v.title_da), MAX(v.title_en),
                  SUM(CASE WHEN e.status IN ('ENROLLED', 'COMPLETED') THEN 1 ELSE 0 END),
                  SUM(CASE WHEN e.status = 'ENROLLED' AND e.last_activity_at >= ? THEN 1 ELSE 0 END),
                  SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN e.status = 'ENROLLED' AND ch.ends_on < CURRENT_DATE THEN 1 ELSE 0 END),
                  COALESCE(SUM(ca.ects), 0)
                FROM (""" + ScopedSql.visible(where.where()) + """
                ) x
                JOIN enrolment e ON e.id = x.enrolment_id
                JOIN organisation o ON o.id = x.organisation_id
                JOIN course c ON c.id = e.course_id
                JOIN course_version v ON v.id = e.course_version_id
                LEFT JOIN cohort ch ON ch.id = e.cohort_id
                LEFT JOIN credit_award ca ON ca.enrolment_id = e.id
                GROUP BY o.id, o.name, o.type, c.code
                ORDER BY o.name, c.code
                """;
        List<Object> parameters = new ArrayList<>(ScopedSql.twice(where.parameters()));
        parameters.add(0, Timestamp.from(Instant.now().minus(ACTIVE_DAYS, ChronoUnit.DAYS)));
        // The active-since parameter comes first in the SELECT, before the filter's in the FROM.
        List<?> rows = ScopedSql.query(em, sql, managerId, parameters).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Row(number(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], number(r[6]), number(r[7]), number(r[8]), number(r[9]),
                new BigDecimal(r[10].toString()))).toList();
    }

    /** The learners behind one organisation × course cell (or a whole organisation or course, when null). */
    public List<Learner> learners(long managerId, ReportFilter filter, Long organisationId) {
        ReportFilter.Sql where = filter.toSql();
        String sql = ScopedSql.SCOPE_ORG + """
                SELECT e.id, p.full_name, o.name, c.code, e.status, e.requested_at, e.completed_at
                FROM (""" + ScopedSql.visible(where.where() + (organisationId == null ? "" : " AND o.id = ?")) + """
                ) x
                JOIN enrolment e ON e.id = x.enrolment_id
                JOIN person p ON p.id = e.person_id
                JOIN organisation o ON o.id = x.organisation_id
                JOIN course c ON c.id = e.course_id
                ORDER BY o.name, p.full_name, c.code
                """;
        List<Object> parameters = new ArrayList<>(where.parameters());
        if (organisationId != null) {
            parameters.add(organisationId);
        }
        List<?> rows = ScopedSql.query(em, sql, managerId, ScopedSql.twice(parameters)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Learner(number(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], instant(r[5]), instant(r[6]))).toList();
    }

    /** One enrolment, only if its learner is seen through the manager's scope; otherwise as if it did not exist. */
    public Optional<Enrolment> enrolment(long managerId, long enrolmentId) {
        String sql = ScopedSql.SCOPE_ORG + "SELECT COUNT(*) FROM (" + ScopedSql.visible(" AND e.id = ?") + ") x";
        long visible = number(ScopedSql.query(em, sql, managerId, List.of(enrolmentId, enrolmentId)).getSingleResult());
        return visible == 0 ? Optional.empty() : Optional.ofNullable(em.find(Enrolment.class, enrolmentId));
    }

    public SelfAssessmentChange selfAssessmentChange(long managerId, ReportFilter filter) {
        ReportFilter.Sql where = filter.toSql();
        String sql = ScopedSql.SCOPE_ORG + """
                SELECT AVG(b.professional_identity - a.professional_identity), AVG(b.ways_of_working - a.ways_of_working),
                       AVG(b.collaboration - a.collaboration), AVG(b.leadership - a.leadership), COUNT(*)
                FROM (SELECT DISTINCT y.enrolment_id FROM (""" + ScopedSql.visible(where.where()) + """
                ) y) x
                JOIN self_assessment a ON a.enrolment_id = x.enrolment_id AND a.phase = 'START'
                JOIN self_assessment b ON b.enrolment_id = x.enrolment_id AND b.phase = 'END'
                """;
        Object[] r = (Object[]) ScopedSql.query(em, sql, managerId, ScopedSql.twice(where.parameters())).getSingleResult();
        return new SelfAssessmentChange(decimal(r[0]), decimal(r[1]), decimal(r[2]), decimal(r[3]), number(r[4]));
    }

    /** Completions per month (yyyy-mm) within the scope and filter, oldest first. */
    public List<Object[]> completionsByMonth(long managerId, ReportFilter filter) {
        ReportFilter.Sql where = filter.toSql();
        String sql = ScopedSql.SCOPE_ORG + """
                SELECT DATE_FORMAT(e.completed_at, '%Y-%m'), COUNT(DISTINCT e.id)
                FROM (""" + ScopedSql.visible(where.where()) + """
                ) x
                JOIN enrolment e ON e.id = x.enrolment_id
                WHERE e.completed_at IS NOT NULL
                GROUP BY DATE_FORMAT(e.completed_at, '%Y-%m')
                ORDER BY 1
                """;
        List<?> rows = ScopedSql.query(em, sql, managerId, ScopedSql.twice(where.parameters())).getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    /** One partnership × course: enrolled and completed on the municipal and on the civil-society side. */
    public record PartnershipRow(String partnership, String courseCode, long municipalEnrolled, long municipalCompleted,
            long civilEnrolled, long civilCompleted) {
    }

    /** For the partnerships the manager is responsible for, the cross-sector picture per course. */
    public List<PartnershipRow> partnerships(long managerId) {
        String sql = ScopedSql.SCOPE_ORG + """
                SELECT p.name, c.code,
                  COUNT(DISTINCT CASE WHEN m.organisation_id = p.municipality_id THEN e.id END),
                  COUNT(DISTINCT CASE WHEN m.organisation_id = p.municipality_id AND e.status = 'COMPLETED' THEN e.id END),
                  COUNT(DISTINCT CASE WHEN pm.organisation_id IS NOT NULL THEN e.id END),
                  COUNT(DISTINCT CASE WHEN pm.organisation_id IS NOT NULL AND e.status = 'COMPLETED' THEN e.id END)
                FROM partnership p
                JOIN membership m ON m.organisation_id = p.municipality_id
                    OR m.organisation_id IN (SELECT x.organisation_id FROM partnership_member x WHERE x.partnership_id = p.id)
                LEFT JOIN partnership_member pm ON pm.partnership_id = p.id AND pm.organisation_id = m.organisation_id
                JOIN enrolment e ON e.person_id = m.person_id AND e.status IN ('ENROLLED', 'COMPLETED')
                JOIN course c ON c.id = e.course_id
                WHERE p.id IN (SELECT s.partnership_id FROM manager_scope s WHERE s.person_id = ?)
                GROUP BY p.name, c.code
                ORDER BY p.name, c.code
                """;
        List<?> rows = ScopedSql.query(em, sql, managerId, List.of(managerId)).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new PartnershipRow((String) r[0], (String) r[1], number(r[2]),
                number(r[3]), number(r[4]), number(r[5]))).toList();
    }

    /** The person id of a manager, from their login. */
    public Optional<Long> managerId(String email) {
        return em.createQuery("SELECT p.id FROM Person p WHERE p.email = :email", Long.class)
                .setParameter("email", email.toLowerCase()).getResultStream().findFirst();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double decimal(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.LocalDateTime l
                ? l.atZone(java.time.ZoneId.systemDefault()).toInstant() : null;
    }
}
