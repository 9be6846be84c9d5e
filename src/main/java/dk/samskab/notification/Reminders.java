package dk.samskab.notification;

import dk.samskab.enrolment.BulkEnrolment;
import dk.samskab.enrolment.ManagerReach;
import dk.samskab.platform.Dates;
import dk.samskab.platform.Language;
import dk.samskab.reporting.ReportFilter;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily reminders to learners who are behind (their cohort ends soon, or they have not been
 * active for a while) and the weekly digest to each training manager, each in the reader's
 * language. A log row is written before each mail, and its unique key stops a second node or a
 * second run on the same day from sending it again.
 */
@ApplicationScoped
@Transactional
public class Reminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    ReportService reports;

    @Inject
    @ConfigProperty(name = "samskab.reminders.inactive-days", defaultValue = "14")
    int inactiveDays;

    @Inject
    @ConfigProperty(name = "samskab.reminders.days-before-end", defaultValue = "7")
    int daysBeforeEnd;

    @Inject
    @ConfigProperty(name = "samskab.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    BulkEnrolment cohorts;

    /** Switches reminders for the manager's cohorts (cohort id → on); ids of other cohorts are ignored. */
    public void setEnabled(ManagerReach manager, java.util.Map<Long, Boolean> enabled) {
        for (dk.samskab.enrolment.Cohort cohort : cohorts.cohorts(manager)) {
            if (enabled.containsKey(cohort.getId())) {
                em.find(dk.samskab.enrolment.Cohort.class, cohort.getId()).setRemindersEnabled(Boolean.TRUE.equals(enabled.get(cohort.getId())));
            }
        }
    }

    private record Mail(String to, Language language, String key, Object[] values) {
    }

    /** Reminds every learner who is behind in a cohort that has started, at most once a week each; returns how many were reminded. */
    public int sendDaily(LocalDate today) {
        List<?> due = em.createNativeQuery("""
                SELECT e.id, p.id, p.email, p.full_name, p.preferred_language, v.title_da, v.title_en, ch.name, ch.ends_on
                FROM enrolment e
                JOIN person p ON p.id = e.person_id
                JOIN cohort ch ON ch.id = e.cohort_id
                JOIN course_version v ON v.id = e.course_version_id
                WHERE e.status = 'ENROLLED' AND ch.reminders_enabled AND ch.starts_on <= ?1 AND ch.ends_on >= ?1
                  AND (ch.ends_on <= ?2 OR COALESCE(e.last_activity_at, e.requested_at) < ?3)
                  AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.enrolment_id = e.id AND r.kind = 'BEHIND'
                       AND r.sent_on > ?4)
                """).setParameter(1, Date.valueOf(today)).setParameter(2, Date.valueOf(today.plusDays(daysBeforeEnd)))
                .setParameter(3, Timestamp.from(today.minusDays(inactiveDays).atStartOfDay(Dates.DENMARK).toInstant()))
                .setParameter(4, Date.valueOf(today.minusDays(7))).getResultList();
        List<Mail> mails = new ArrayList<>();
        for (Object row : due) {
            Object[] r = (Object[]) row;
            log(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), "BEHIND", today);
            Language language = Language.valueOf((String) r[4]);
            mails.add(new Mail((String) r[2], language, "mail.reminder", new Object[] {r[3],
                language == Language.EN ? r[6] : r[5], r[7],
                dk.samskab.platform.Dates.longDate(LocalDate.parse(r[8].toString()), language.locale()), publicUrl + "/learner/index.xhtml"}));
        }
        em.flush();
        mails.forEach(this::send);
        return mails.size();
    }

    /** Sends each training manager the week's numbers for their scope; returns how many got one. */
    public int sendWeeklyDigest(LocalDate today) {
        List<?> managers = em.createNativeQuery("SELECT DISTINCT p.id, p.email, p.full_name, p.preferred_language"
                + " FROM manager_scope s JOIN person p ON p.id = s.person_id").getResultList();
        List<Mail> mails = new ArrayList<>();
        for (Object row : managers) {
            Object[] r = (Object[]) row;
            long managerId = ((Number) r[0]).longValue();
            List<ReportService.Row> rows = reports.dashboard(managerId, ReportFilter.none());
            long enrolled = rows.stream().mapToLong(ReportService.Row::enrolled).sum();
            long completed = rows.stream().mapToLong(ReportService.Row::completed).sum();
            long overdue = rows.stream().mapToLong(ReportService.Row::overdue).sum();
            log(null, managerId, "DIGEST", today);
            mails.add(new Mail((String) r[1], Language.valueOf((String) r[3]), "mail.digest",
                    new Object[] {r[2], enrolled, completed, overdue, publicUrl + "/manager/dashboard.xhtml"}));
        }
        em.flush();
        mails.forEach(this::send);
        return mails.size();
    }

    private void log(Long enrolmentId, long personId, String kind, LocalDate today) {
        em.createNativeQuery("INSERT INTO reminder_sent (enrolment_id, person_id, kind, sent_on) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, enrolmentId).setParameter(2, personId).setParameter(3, kind)
                .setParameter(4, Date.valueOf(today)).executeUpdate();
    }

    private void send(Mail mail) {
        mailer.sendLater(mail.to(), mail.language().locale(), mail.key(), mail.values());
    }
}
