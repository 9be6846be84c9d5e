package dk.samskab.privacy;

import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Erases a person (GDPR article 17) in one transaction. Name and e-mail are replaced by a
 * pseudonym; the account, link tokens, scopes and teaching assignments go; hand-ins lose their
 * text, files and feedback. Enrolments, progress and memberships stay without a name, so every
 * report still adds up. Grades and ECTS credits stay or go by the awarding provider's retention
 * setting. The audit log records the erasure by the person's id only. The LRS renames the person's
 * statements to a new pseudonym as it observes {@link PersonErased}.
 */
@ApplicationScoped
@Transactional
public class PersonErasure {

    /** Why an erasure was refused. */
    public enum Refusal { UNKNOWN_PERSON, YOURSELF }

    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** What an erasure did. */
    public record Outcome(long personId, int handIns, int creditsKept, int creditsRemoved) {
    }

    /** An awarding provider and its retention rule. */
    public record Provider(long id, String name, boolean keepsCredits) {
    }

    static final String ERASED_TEXT = "[slettet / erased]";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<PersonErased> erased;

    public Outcome erase(String email, String byAdmin) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.equals(byAdmin)) {
            throw new Refused(Refusal.YOURSELF);
        }
        List<?> found = em.createNativeQuery("SELECT id FROM person WHERE email = ?1 FOR UPDATE").setParameter(1, address)
                .getResultList();
        if (found.isEmpty()) {
            throw new Refused(Refusal.UNKNOWN_PERSON);
        }
        long id = ((Number) found.get(0)).longValue();
        String ofPerson = " IN (SELECT e.id FROM enrolment e WHERE e.person_id = ?1)";
        update("DELETE FROM certificate WHERE enrolment_id IN (SELECT ca.enrolment_id FROM credit_award ca"
                + " JOIN organisation o ON o.id = ca.provider_id WHERE o.keeps_credits_on_erasure = FALSE) AND enrolment_id" + ofPerson, id);
        int removed = update("DELETE FROM credit_award WHERE provider_id IN (SELECT o.id FROM organisation o"
                + " WHERE o.keeps_credits_on_erasure = FALSE) AND enrolment_id" + ofPerson, id);
        int kept = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM credit_award WHERE enrolment_id" + ofPerson)
                .setParameter(1, id).getSingleResult()).intValue();
        if (removed > 0) {
            update("UPDATE submission SET grade = NULL WHERE enrolment_id" + ofPerson
                    + " AND enrolment_id NOT IN (SELECT enrolment_id FROM credit_award)", id);
        }
        update("DELETE FROM submission_file WHERE submission_id IN (SELECT s.id FROM submission s WHERE s.enrolment_id" + ofPerson + ")", id);
        int handIns = update("UPDATE submission SET text_body = ?2, file_name = NULL, file_type = NULL, file_size = NULL,"
                + " feedback = NULL WHERE enrolment_id" + ofPerson, id, ERASED_TEXT);
        // Results stay for the statistics, like quiz scores; what the learner wrote and left in a package goes.
        update("UPDATE elearning_attempt SET cmi = '{}' WHERE enrolment_id" + ofPerson, id);
        update("UPDATE enrolment SET decision_reason = NULL WHERE person_id = ?1", id);
        update("DELETE FROM activation_token WHERE person_id = ?1", id);
        update("DELETE FROM manager_scope WHERE person_id = ?1", id);
        update("DELETE FROM course_instructor WHERE person_id = ?1", id);
        update("DELETE FROM account WHERE person_id = ?1", id);
        update("UPDATE person SET full_name = ?2, email = ?3 WHERE id = ?1", id, "Slettet person " + id,
                "slettet-" + id + "@erased.invalid");
        erased.fire(new PersonErased(id));
        audit.record(AuditAction.PERSON_ERASED, "person #" + id, "hand-ins " + handIns + ", credits kept " + kept
                + ", credits removed " + removed);
        return new Outcome(id, handIns, kept, removed);
    }

    /** The awarding providers (organisations that award credits) and whether they keep credits after an erasure. */
    public List<Provider> providers() {
        List<?> rows = em.createNativeQuery("SELECT o.id, o.name, o.keeps_credits_on_erasure FROM organisation o"
                + " WHERE o.id IN (SELECT v.awarding_provider_id FROM course_version v) ORDER BY o.name").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Provider(((Number) r[0]).longValue(), (String) r[1],
                r[2] instanceof Boolean b ? b : ((Number) r[2]).intValue() != 0)).toList();
    }

    public void setKeepsCredits(long providerId, boolean keeps) {
        update("UPDATE organisation SET keeps_credits_on_erasure = ?2 WHERE id = ?1", providerId, keeps);
    }

    private int update(String sql, Object... values) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query.executeUpdate();
    }
}
