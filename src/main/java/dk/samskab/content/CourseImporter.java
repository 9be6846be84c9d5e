package dk.samskab.content;

import dk.samskab.catalogue.ContentJson;
import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.elearning.ElearningPackage;
import dk.samskab.elearning.PackageStore;
import dk.samskab.organisation.Organisation;
import dk.samskab.organisation.OrganisationType;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imports a course-content folder: validates every course first and writes nothing if anything
 * is wrong; then publishes a new version of each course whose content changed and leaves
 * unchanged courses alone. Runs inside the caller's transaction.
 */
public final class CourseImporter {

    private final EntityManager em;

    public CourseImporter(EntityManager em) {
        this.em = em;
    }

    public ImportReport importFolder(Path root, String importedBy) {
        if (!Files.isDirectory(root)) {
            return ImportReport.failed(List.of(new Problem(root.toString(), 1, "import.noFolder")));
        }
        CourseFolderReader reader = new CourseFolderReader(root, this::hoursPerEcts);
        List<Problem> problems = new ArrayList<>();
        List<CourseDefinition> courses = new ArrayList<>();
        Map<String, ElearningPackage> packages = new HashMap<>();
        Map<String, String> folderByCode = new HashMap<>();
        for (Path folder : courseFolders(root)) {
            CourseFolderReader.Result result = reader.read(folder);
            problems.addAll(result.problems());
            if (result.ok()) {
                String earlier = folderByCode.putIfAbsent(result.course().code(), folder.getFileName().toString());
                if (earlier != null) {
                    problems.add(result.sources().problem("code", "import.duplicateCode", result.course().code(),
                            earlier));
                } else {
                    courses.add(result.course());
                    packages.putAll(result.packages());
                }
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.failed(problems);
        }
        packages.values().forEach(found -> PackageStore.keep(em, found));
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (CourseDefinition course : courses) {
            CourseVersion version = publish(course, importedBy, "Imported from course-content");
            if (version == null) {
                unchanged.add(course.code());
            } else if (version.getVersionNumber() == 1) {
                created.add(course.code());
            } else {
                updated.add(course.code() + " v" + version.getVersionNumber());
            }
        }
        return new ImportReport(java.time.Instant.now(), List.of(), created, updated, unchanged);
    }

    /**
     * Publishes the definition as the course's next version, or returns null if it equals the
     * latest version already published.
     */
    public CourseVersion publish(CourseDefinition definition, String publishedBy, String note) {
        String json = ContentJson.toJson(definition);
        String hash = ContentJson.hash(json);
        Course course = em.createNamedQuery(Course.BY_CODE, Course.class).setParameter("code", definition.code())
                .getResultStream().findFirst().orElse(null);
        int next = 1;
        if (course == null) {
            course = new Course(definition.code());
            em.persist(course);
        } else {
            List<CourseVersion> versions = em.createNamedQuery(CourseVersion.OF_COURSE, CourseVersion.class)
                    .setParameter("code", definition.code()).setMaxResults(1).getResultList();
            if (!versions.isEmpty()) {
                if (versions.get(0).getContentHash().equals(hash)) {
                    return null;
                }
                next = versions.get(0).getVersionNumber() + 1;
            }
        }
        Organisation provider = definition.awardingProvider() == null ? null : provider(definition.awardingProvider()).orElse(null);
        CourseVersion version = new CourseVersion(course, next, definition, json, hash, provider, publishedBy, note);
        em.persist(version);
        return version;
    }

    private Optional<Organisation> provider(String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code AND o.type = :type", Organisation.class)
                .setParameter("code", code).setParameter("type", OrganisationType.EDUCATION_PROVIDER)
                .getResultStream().findFirst();
    }

    public Optional<BigDecimal> hoursPerEcts(String providerCode) {
        return provider(providerCode).map(Organisation::effectiveHoursPerEcts);
    }

    private static List<Path> courseFolders(Path root) {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
