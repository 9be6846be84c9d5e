package dk.samskab.authoring;

import dk.samskab.catalogue.Course;
import dk.samskab.learning.HandInFile;
import dk.samskab.learning.LearningException;
import dk.samskab.platform.Caller;
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

    public List<CourseFile> list(Caller editor, String code) {
        authoring.editable(editor, code);
        return em.createNamedQuery(CourseFile.OF_COURSE, CourseFile.class).setParameter("code", code).getResultList();
    }

    /** Adds the file, or replaces the course's file of the same name. */
    public CourseFile upload(Caller editor, String code, String submittedName, byte[] content) {
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

    public void remove(Caller editor, String code, String name) {
        authoring.editable(editor, code);
        find(code, name).ifPresent(em::remove);
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
