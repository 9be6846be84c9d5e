package dk.samskab.privacy;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.platform.DataSourceConfiguration;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Everything stored about one person, as JSON they can download (GDPR article 15 and 20):
 * profile, account, memberships, enrolments and their events, lesson progress, quiz attempts,
 * hand-ins (without the files' bytes), grades, credits, certificates, self-assessments and the
 * audit entries by or about them. Password hashes and link tokens are never included.
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    /** Each section of the export and the query for it; every query takes the person's id once. */
    static final Map<String, String> SECTIONS = sections();

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource database;

    @Inject
    AuditLog audit;

    private static Map<String, String> sections() {
        String ofEnrolments = " JOIN enrolment e ON e.id = t.enrolment_id WHERE e.person_id = ? ORDER BY t.id";
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("profile", "SELECT id, full_name, email, preferred_language, created_at, updated_at FROM person WHERE id = ?");
        sections.put("account", "SELECT a.enabled, a.last_login_at, a.created_at, GROUP_CONCAT(r.role ORDER BY r.role) AS roles"
                + " FROM account a LEFT JOIN account_role r ON r.account_id = a.id WHERE a.person_id = ? GROUP BY a.id");
        sections.put("memberships", "SELECT o.code AS organisation_code, o.name AS organisation, m.role, m.created_at"
                + " FROM membership m JOIN organisation o ON o.id = m.organisation_id WHERE m.person_id = ? ORDER BY m.id");
        sections.put("enrolments", "SELECT e.id, c.code AS course, v.version_number AS course_version, ch.name AS cohort, e.status,"
                + " e.requested_at, e.enrolled_at, e.completed_at, e.last_activity_at, e.decided_by, e.decision_reason"
                + " FROM enrolment e JOIN course c ON c.id = e.course_id JOIN course_version v ON v.id = e.course_version_id"
                + " LEFT JOIN cohort ch ON ch.id = e.cohort_id WHERE e.person_id = ? ORDER BY e.id");
        sections.put("learningEvents", "SELECT t.* FROM learning_event t" + ofEnrolments);
        sections.put("lessonProgress", "SELECT t.* FROM lesson_progress t" + ofEnrolments);
        sections.put("quizAttempts", "SELECT t.* FROM quiz_attempt t" + ofEnrolments);
        sections.put("elearningAttempts", "SELECT t.* FROM elearning_attempt t" + ofEnrolments);
        sections.put("handIns", "SELECT t.* FROM submission t" + ofEnrolments);
        sections.put("credits", "SELECT t.*, o.name AS provider FROM credit_award t JOIN organisation o ON o.id = t.provider_id"
                + ofEnrolments);
        sections.put("certificates", "SELECT t.* FROM certificate t" + ofEnrolments);
        sections.put("selfAssessments", "SELECT t.* FROM self_assessment t" + ofEnrolments);
        return sections;
    }

    /** The person's data as pretty-printed JSON, or nothing when there is no such person. */
    public java.util.Optional<String> exportJson(String email) {
        try (Connection c = database.getConnection()) {
            List<Map<String, Object>> profile = rows(c, "SELECT id FROM person WHERE email = ?", email);
            if (profile.isEmpty()) {
                return java.util.Optional.empty();
            }
            long id = ((Number) profile.get(0).get("id")).longValue();
            Map<String, Object> export = new LinkedHashMap<>();
            export.put("exportedAt", java.time.Instant.now().toString());
            for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
                List<Map<String, Object>> rows = rows(c, section.getValue(), id);
                export.put(section.getKey(), section.getKey().equals("profile") || section.getKey().equals("account")
                        ? (rows.isEmpty() ? null : rows.get(0)) : rows);
            }
            export.put("auditLog", rows(c, "SELECT occurred_at, actor, address, action, subject, detail FROM audit_event"
                    + " WHERE actor = ? OR subject = ? ORDER BY id", email, email));
            audit.record(AuditAction.PERSONAL_DATA_EXPORTED, email, null);
            try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true).withNullValues(true))) {
                return java.util.Optional.of(json.toJson(export));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the personal data: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the personal data as JSON", e);
        }
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        Object value = result.getObject(column);
                        row.put(meta.getColumnLabel(column), value instanceof Timestamp t ? t.toInstant().toString()
                                : value instanceof java.time.temporal.Temporal || value instanceof java.util.Date ? value.toString() : value);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
