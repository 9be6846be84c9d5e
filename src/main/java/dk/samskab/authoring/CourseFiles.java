package dk.samskab.authoring;

import dk.samskab.catalogue.Course;
import dk.samskab.learning.HandInFile;
import dk.samskab.learning.LearningException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The images and attachments of a course. Files are checked like learners' hand-ins (type by
 * name and first bytes) with a smaller limit, and named a-z, 0-9 and hyphens so that a link in
 * Markdown never needs escaping.
 */
@ApplicationScoped
@Transactional
public class CourseFiles {

    /** Largest file an instructor can add to a course. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuthoringService authoring;

    public List<CourseFile> list(AuthoringService.Editor editor, String code) {
        authoring.editable(editor, code);
        return em.createNamedQuery(CourseFile.OF_COURSE, CourseFile.class).setParameter("code", code).getResultList();
    }

    /** Adds the file, or replaces the course's file of the same name. */
    public CourseFile upload(AuthoringService.Editor editor, String code, String submittedName, byte[] content) {
        return store(em, authoring.editable(editor, code), submittedName, content, editor.email());
    }

    /** Checks and stores one file of the course, replacing one of the same name. */
    static CourseFile store(EntityManager em, Course course, String submittedName, byte[] content, String by) {
        HandInFile checked = check(submittedName, content);
        String name = name(checked);
        CourseFile file = em.createNamedQuery(CourseFile.OF_COURSE, CourseFile.class).setParameter("code", course.getCode())
                .getResultStream().filter(f -> f.getName().equals(name)).findFirst().orElseGet(() -> {
                    CourseFile fresh = new CourseFile(course, name);
                    em.persist(fresh);
                    return fresh;
                });
        file.replace(checked.type().mediaType(), checked.content(), by);
        return file;
    }

    public void remove(AuthoringService.Editor editor, String code, String name) {
        authoring.editable(editor, code);
        find(code, name).ifPresent(em::remove);
    }

    /**
     * Whether the person may read the course's files: a learner enrolled in it (or done with it),
     * or one of its instructors. Admins are let through by the caller.
     */
    public boolean mayRead(String email, String code) {
        Number enrolled = (Number) em.createNativeQuery("SELECT COUNT(*) FROM enrolment e JOIN person p ON p.id = e.person_id"
                + " JOIN course c ON c.id = e.course_id WHERE p.email = ?1 AND c.code = ?2 AND e.status IN ('ENROLLED', 'COMPLETED')")
                .setParameter(1, email).setParameter(2, code).getSingleResult();
        Number teaches = (Number) em.createNativeQuery("SELECT COUNT(*) FROM course_instructor ci JOIN person p ON p.id = ci.person_id"
                + " JOIN course c ON c.id = ci.course_id WHERE p.email = ?1 AND c.code = ?2")
                .setParameter(1, email).setParameter(2, code).getSingleResult();
        return enrolled.longValue() + teaches.longValue() > 0;
    }

    /** A file as learners fetch it from a lesson. */
    public Optional<CourseFile> find(String code, String name) {
        return em.createNamedQuery(CourseFile.OF_COURSE, CourseFile.class).setParameter("code", code).getResultStream()
                .filter(f -> f.getName().equals(name)).findFirst();
    }

    /** Every file of the course by name, for the zip export. */
    static Map<String, byte[]> contents(EntityManager em, String code) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        em.createNamedQuery(CourseFile.OF_COURSE, CourseFile.class).setParameter("code", code).getResultList()
                .forEach(f -> files.put(f.getName(), f.getContent()));
        return files;
    }

    static HandInFile check(String submittedName, byte[] content) {
        if (content != null && content.length > MAX_BYTES) {
            throw new AuthoringException(AuthoringException.Reason.FILE_TOO_LARGE);
        }
        try {
            return HandInFile.of(submittedName, content);
        } catch (LearningException refused) {
            throw new AuthoringException(AuthoringException.Reason.valueOf(refused.reason().name()));
        }
    }

    private static String name(HandInFile file) {
        String original = file.name();
        int dot = original.lastIndexOf('.');
        String extension = original.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Slugs.fromTitle(dot > 0 ? original.substring(0, dot) : original) + "." + extension;
    }
}
