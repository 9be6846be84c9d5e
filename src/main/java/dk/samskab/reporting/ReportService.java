package dk.samskab.reporting;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.EnrolmentStatus;
import dk.samskab.learning.SelfAssessment.Phase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
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
        return rows(dashboardSql(managerId, filter));
    }

    /** The dashboard's table for a caller whose organisations in scope are known (an API client). */
    public List<Row> dashboardOf(java.util.Set<Long> organisationsInScope, ReportFilter filter) {
        return rows(dashboardSql(ScopedSql.scopeOf(organisationsInScope), visible(filter)));
    }

    /** Everything the dashboard page counts, from one reading of the manager's scope. */
    public record DashboardPage(List<Row> rows, SelfAssessmentChange change, List<Object[]> completionsByMonth) {
    }

    /**
     * The dashboard page's table, self-assessment change and monthly completions. The scope's
     * visible enrolments are read once, into a temporary table of this transaction's connection,
     * and the three are counted from it, instead of each joining the scope's memberships to their
     * enrolments again.
     */
    public DashboardPage dashboardPage(long managerId, ReportFilter filter) {
        em.createNativeQuery("DROP TEMPORARY TABLE IF EXISTS report_visible").executeUpdate();
        Sql.of("CREATE TEMPORARY TABLE report_visible AS\n").append(ScopedSql.scope(managerId))
                .append(ScopedSql.visible(filter.conditions())).query(em).executeUpdate();
        try {
            Sql visible = Sql.of(" report_visible ");
            return new DashboardPage(rows(dashboardSql(Sql.EMPTY, visible)), selfAssessmentChange(Sql.EMPTY, visible),
                    completionsByMonth(Sql.EMPTY, visible));
        } finally {
            em.createNativeQuery("DROP TEMPORARY TABLE IF EXISTS report_visible").executeUpdate();
        }
    }

    private List<Row> rows(Sql sql) {
        List<?> rows = sql.query(em).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Row(number(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], number(r[6]), number(r[7]), number(r[8]), number(r[9]),
                new BigDecimal(r[10].toString()))).toList();
    }

    /** The visible enrolments of the manager's scope under the filter, as a derived table. */
    private static Sql visible(ReportFilter filter) {
        // Spaced on both sides: the text blocks it stands between lose their trailing blanks.
        return Sql.of(" (").append(ScopedSql.visible(filter.conditions())).append(") ");
    }

    /** The dashboard's counts, in the order of Row's; credits are summed as ECTS points instead. */
    static final List<Measure> COUNTED = List.of(Measure.ENROLLED, Measure.ACTIVE, Measure.COMPLETED, Measure.OVERDUE);

    static Sql dashboardSql(long managerId, ReportFilter filter) {
        return dashboardSql(ScopedSql.scope(managerId), visible(filter));
    }

    /** The dashboard's table from the visible enrolments (a derived table or a temporary one), after the given start. */
    private static Sql dashboardSql(Sql start, Sql visible) {
        Sql counts = Sql.EMPTY;
        for (Measure measure : COUNTED) {
            counts = counts.append(measure.count()).append(" AS " + measure.key() + ",\n");
        }
        // Grouped by ids first; names and titles are joined to the few groups afterwards.
        return start.append("""
                SELECT o.id, o.name, o.type, c.code, t.title_da, t.title_en,
                       g.enrolled, g.active, g.completed, g.overdue, g.ects
                FROM (SELECT x.organisation_id, x.course_id, MAX(x.course_version_id) AS version_id,
                """).append(counts).append("""
                        COALESCE(SUM(ca.ects), 0) AS ects
                      FROM """).append(visible).append("""
                       x
                      LEFT JOIN credit_award ca ON ca.enrolment_id = x.enrolment_id
                      GROUP BY x.organisation_id, x.course_id) g
                JOIN organisation o ON o.id = g.organisation_id
                JOIN course c ON c.id = g.course_id
                JOIN course_version t ON t.id = g.version_id
                ORDER BY o.name, c.code
                """);
    }

    /**
     * The learners behind one number: one organisation × course cell (or a whole organisation or
     * course, when null), counted by the measure (every learner in scope, when null).
     */
    public List<Learner> learners(long managerId, ReportFilter filter, Long organisationId, Measure measure) {
        List<Condition> conditions = new ArrayList<>(filter.conditions());
        if (organisationId != null) {
            conditions.add(Condition.of(Sql.of("m.organisation_id = ").bind(organisationId)));
        }
        if (measure != null) {
            conditions.add(measure.condition());
        }
        Sql sql = ScopedSql.scope(managerId).append("""
                SELECT x.enrolment_id, p.full_name, o.name, c.code, x.status, e.requested_at, x.completed_at
                FROM (""").append(ScopedSql.visible(conditions)).append("""
                ) x
                JOIN enrolment e ON e.id = x.enrolment_id
                JOIN person p ON p.id = x.person_id
                JOIN organisation o ON o.id = x.organisation_id
                JOIN course c ON c.id = x.course_id
                ORDER BY o.name, p.full_name, c.code
                """);
        List<?> rows = sql.query(em).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Learner(number(r[0]), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], instant(r[5]), instant(r[6]))).toList();
    }

    /** One enrolment, only if its learner is seen through the manager's scope; otherwise as if it did not exist. */
    public Optional<Enrolment> enrolment(long managerId, long enrolmentId) {
        List<Condition> only = List.of(Condition.of(Sql.of("e.id = ").bind(enrolmentId)));
        Sql sql = ScopedSql.scope(managerId).append("SELECT COUNT(*) FROM (").append(ScopedSql.visible(only)).append(") x");
        long visible = number(sql.query(em).getSingleResult());
        return visible == 0 ? Optional.empty() : Optional.ofNullable(em.find(Enrolment.class, enrolmentId));
    }

    public SelfAssessmentChange selfAssessmentChange(long managerId, ReportFilter filter) {
        return selfAssessmentChange(ScopedSql.scope(managerId), visible(filter));
    }

    private SelfAssessmentChange selfAssessmentChange(Sql start, Sql visible) {
        // Few enrolments have both self-assessments, so those are joined first; the DISTINCT then
        // counts a learner seen through two organisations in scope once.
        Sql sql = start.append("""
                SELECT AVG(d.identity), AVG(d.working), AVG(d.collaboration), AVG(d.leadership), COUNT(*)
                FROM (SELECT DISTINCT x.enrolment_id, b.professional_identity - a.professional_identity AS identity,
                        b.ways_of_working - a.ways_of_working AS working, b.collaboration - a.collaboration AS collaboration,
                        b.leadership - a.leadership AS leadership
                      FROM """).append(visible).append("""
                       x
                      JOIN self_assessment a ON a.enrolment_id = x.enrolment_id AND a.phase = %s
                      JOIN self_assessment b ON b.enrolment_id = x.enrolment_id AND b.phase = %s) d
                """.formatted(Sql.literals(Phase.START), Sql.literals(Phase.END)));
        Object[] r = (Object[]) sql.query(em).getSingleResult();
        return new SelfAssessmentChange(decimal(r[0]), decimal(r[1]), decimal(r[2]), decimal(r[3]), number(r[4]));
    }

    /** Completions per month (yyyy-mm) within the scope and filter, oldest first. */
    public List<Object[]> completionsByMonth(long managerId, ReportFilter filter) {
        return completionsByMonth(ScopedSql.scope(managerId), visible(filter));
    }

    private List<Object[]> completionsByMonth(Sql start, Sql visible) {
        Sql sql = start.append("""
                SELECT DATE_FORMAT(x.completed_at, '%Y-%m'), COUNT(DISTINCT x.enrolment_id)
                FROM """).append(visible).append("""
                 x
                WHERE x.completed_at IS NOT NULL
                GROUP BY DATE_FORMAT(x.completed_at, '%Y-%m')
                ORDER BY 1
                """);
        List<?> rows = sql.query(em).getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    /** One partnership × course: enrolled and completed on the municipal and on the civil-society side. */
    public record PartnershipRow(String partnership, String courseCode, long municipalEnrolled, long municipalCompleted,
            long civilEnrolled, long civilCompleted) {
    }

    /** For the partnerships the manager is responsible for, the cross-sector picture per course. */
    public List<PartnershipRow> partnerships(long managerId) {
        Sql sql = ScopedSql.scope(managerId).append("""
                SELECT p.name, c.code,
                  COUNT(DISTINCT CASE WHEN m.organisation_id = p.municipality_id THEN e.id END),
                  COUNT(DISTINCT CASE WHEN m.organisation_id = p.municipality_id AND e.status = %1$s THEN e.id END),
                  COUNT(DISTINCT CASE WHEN pm.organisation_id IS NOT NULL THEN e.id END),
                  COUNT(DISTINCT CASE WHEN pm.organisation_id IS NOT NULL AND e.status = %1$s THEN e.id END)
                FROM partnership p
                JOIN membership m ON m.organisation_id = p.municipality_id
                    OR m.organisation_id IN (SELECT x.organisation_id FROM partnership_member x WHERE x.partnership_id = p.id)
                LEFT JOIN partnership_member pm ON pm.partnership_id = p.id AND pm.organisation_id = m.organisation_id
                JOIN enrolment e ON e.person_id = m.person_id AND e.status IN (%2$s)
                JOIN course c ON c.id = e.course_id
                WHERE p.id IN (SELECT s.partnership_id FROM manager_scope s WHERE s.person_id =\s""".formatted(
                Sql.literals(EnrolmentStatus.COMPLETED), Sql.literals(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED)))
                .bind(managerId).append("""
                )
                GROUP BY p.name, c.code
                ORDER BY p.name, c.code
                """);
        List<?> rows = sql.query(em).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new PartnershipRow((String) r[0], (String) r[1], number(r[2]),
                number(r[3]), number(r[4]), number(r[5]))).toList();
    }

    /** A partnership the manager can filter the reports by. */
    public record PartnershipChoice(String code, String name) {
    }

    /**
     * The partnerships within the manager's scope: those named in it, and those of a
     * municipality in it (whose partners' volunteers the reports show in shared cohorts).
     */
    public List<PartnershipChoice> partnershipChoices(long managerId) {
        Sql sql = ScopedSql.scope(managerId).append("""
                SELECT p.code, p.name FROM partnership p
                WHERE p.municipality_id IN (SELECT id FROM scope_org)
                   OR p.id IN (SELECT s.partnership_id FROM manager_scope s WHERE s.person_id =\s""").bind(managerId).append("""
                )
                ORDER BY p.name
                """);
        List<?> rows = sql.query(em).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new PartnershipChoice((String) r[0], (String) r[1])).toList();
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
