package dk.samskab.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the course-content folder into the catalogue: the folder named by samskab.content.dir,
 * or else the courses shipped inside the WAR. Remembers the last report for the admin page.
 */
@ApplicationScoped
public class CourseContentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "samskab.content.dir")
    Optional<String> configuredFolder;

    private volatile ImportReport lastReport;

    @Transactional
    public ImportReport importNow(String importedBy) {
        ImportReport report = new CourseImporter(em).importFolder(contentFolder(), importedBy);
        lastReport = report;
        return report;
    }

    public Optional<ImportReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    public Path contentFolder() {
        if (configuredFolder.isPresent() && !configuredFolder.get().isBlank()) {
            return Path.of(configuredFolder.get());
        }
        URL bundled = CourseContentService.class.getClassLoader().getResource("course-content");
        if (bundled == null) {
            return Path.of("course-content");
        }
        try {
            return Path.of(bundled.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("The bundled course-content cannot be read as a folder: " + bundled, e);
        }
    }
}
