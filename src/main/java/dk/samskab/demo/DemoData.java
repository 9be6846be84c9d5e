package dk.samskab.demo;

import dk.samskab.organisation.PeopleService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo people once, when samskab.demo-data is true (the launcher sets it; production
 * never does). Several demo learners are deliberately both municipal staff and volunteers.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "CourseContentStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Shared by all demo accounts and printed by the launcher; never used outside demos. */
    public static final String DEMO_PASSWORD = "samskab-demo-2026";

    @Inject
    @ConfigProperty(name = "samskab.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    PeopleService people;

    @Inject
    DemoDataWriter writer;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (people.findByEmail(DemoPeople.ADMIN.email()).isPresent()) {
            LOG.info("Demo data present already");
        } else {
            writer.writeAll();
            LOG.info("Demo data loaded");
        }
        if (writer.writeCohortsIfNone()) {
            LOG.info("Demo cohorts created");
        }
        if (writer.writeReportingDemoIfNone()) {
            LOG.info("Demo manager scope and enrolments created");
        }
        int assigned = writer.assignDemoInstructor();
        if (assigned > 0) {
            LOG.info(() -> "Demo instructor assigned to " + assigned + " courses");
        }
    }
}
