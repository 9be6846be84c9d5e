package dk.samskab.content;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports the course-content folder at start-up. A folder with problems is reported in the log
 * and on the admin page and imports nothing; the courses already published stay as they are.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class CourseContentStartup {

    private static final Logger LOG = Logger.getLogger(CourseContentStartup.class.getName());

    @Inject
    CourseContentService content;

    @Inject
    dk.samskab.catalogue.CatalogueService catalogue;

    @PostConstruct
    void importAtStartup() {
        ImportReport report = content.importNow("course-content import at start-up");
        LOG.log(report.succeeded() ? Level.INFO : Level.WARNING,
                () -> "Course content from " + content.contentFolder() + ": " + report);
        int parsed = catalogue.parseAll();
        LOG.fine(() -> parsed + " course versions parsed");
    }
}
