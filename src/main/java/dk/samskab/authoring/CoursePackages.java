package dk.samskab.authoring;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.elearning.ElearningPackage;
import dk.samskab.elearning.PackageRefusedException;
import dk.samskab.elearning.PackageStore;
import dk.samskab.elearning.StoredPackage;
import dk.samskab.platform.Caller;
import dk.samskab.elearning.StoredFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Which e-learning packages belong to which course: a package's files are served under a course
 * only when one of its published versions, or its draft, has a lesson that launches the package.
 */
@ApplicationScoped
@Transactional
public class CoursePackages {

    /** Published versions never change, so a package once found in one belongs to the course for good. */
    private final Set<String> publishedPairs = ConcurrentHashMap.newKeySet();

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageStore packages;

    @Inject
    AuthoringService authoring;

    /**
     * Checks an instructor's upload for a lesson of a course they may edit and stores it; the lesson
     * refers to it once the draft is saved.
     *
     * @throws PackageRefusedException with every problem found; nothing is stored
     */
    public StoredPackage attach(Caller editor, String code, byte[] zip) throws PackageRefusedException {
        authoring.editable(editor, code);
        ElearningPackage found = packages.inspect(zip);
        return PackageStore.keep(em, found);
    }

    public Optional<StoredPackage> find(String packageKey) {
        return packages.find(packageKey);
    }

    /** The package's file, when the package belongs to the course; empty for anything else. */
    public Optional<StoredFile> file(String courseCode, String packageKey, String path) {
        if (!belongs(courseCode, packageKey)) {
            return Optional.empty();
        }
        return packages.file(packageKey, path);
    }

    boolean belongs(String courseCode, String packageKey) {
        String pair = courseCode + "/" + packageKey;
        if (publishedPairs.contains(pair)) {
            return true;
        }
        boolean published = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class).setParameter("code", courseCode)
                .getResultStream().anyMatch(version -> launches(version.definition(), packageKey));
        if (published) {
            publishedPairs.add(pair);
            return true;
        }
        return em.createNamedQuery(CourseDraft.OF_COURSE, CourseDraft.class).setParameter("code", courseCode)
                .getResultStream().anyMatch(draft -> launches(draft.definition(), packageKey));
    }

    static boolean launches(CourseDefinition course, String packageKey) {
        return course.modules().stream().flatMap(module -> module.lessons().stream())
                .flatMap(lesson -> lesson.isElearning() ? Stream.of(lesson.elearning().packageKey()) : Stream.empty())
                .anyMatch(packageKey::equals);
    }
}
