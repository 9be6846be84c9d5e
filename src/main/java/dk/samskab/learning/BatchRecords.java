package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lessons done, quiz attempts and hand-ins of many enrolments, read together. */
final class BatchRecords {

    private BatchRecords() {
    }

    /**
     * The records of several enrolments at once, by enrolment id: three queries however many
     * enrolments, for pages that list them all (My learning).
     */
    static Map<Long, CourseProgress.Records> of(EntityManager em, Collection<Enrolment> enrolments) {
        if (enrolments.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<String>> done = new HashMap<>();
        Map<Long, List<QuizAttempt>> attempts = new HashMap<>();
        Map<Long, List<Submission>> submissions = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT p.enrolment.id, p.lessonKey FROM LessonProgress p WHERE p.enrolment IN :enrolments",
                Object[].class).setParameter("enrolments", enrolments).getResultList()) {
            done.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add((String) row[1]);
        }
        for (Object[] row : em.createQuery("SELECT a.enrolment.id, a FROM QuizAttempt a WHERE a.enrolment IN :enrolments"
                + " ORDER BY a.moduleSlug, a.attemptNumber", Object[].class).setParameter("enrolments", enrolments).getResultList()) {
            attempts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((QuizAttempt) row[1]);
        }
        for (Submission submission : em.createQuery("SELECT s FROM Submission s WHERE s.enrolment IN :enrolments", Submission.class)
                .setParameter("enrolments", enrolments).getResultList()) {
            submissions.computeIfAbsent(submission.getEnrolment().getId(), id -> new ArrayList<>()).add(submission);
        }
        Map<Long, CourseProgress.Records> records = new HashMap<>();
        for (Enrolment enrolment : enrolments) {
            long id = enrolment.getId();
            records.put(id, new CourseProgress.Records(done.getOrDefault(id, Set.of()), attempts.getOrDefault(id, List.of()),
                    submissions.getOrDefault(id, List.of())));
        }
        return records;
    }
}
