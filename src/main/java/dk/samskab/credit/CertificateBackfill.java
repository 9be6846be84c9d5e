package dk.samskab.credit;

import dk.samskab.enrolment.LoggedFact;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, issues the certificates of courses completed before certificates were issued on
 * completion, so that no page view ever has to write one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CertificateBackfill {

    private static final Logger LOG = Logger.getLogger(CertificateBackfill.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LoggedFact> facts;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void issueMissing() {
        try {
            int issued = new Certificates(em, facts::fire).issueMissing();
            em.flush();
            if (issued > 0) {
                LOG.info(() -> "Issued " + issued + " certificate(s) for courses completed earlier");
            }
        } catch (PersistenceException another) {
            // Another node starting at the same moment issued them first (one certificate per enrolment).
            LOG.log(Level.INFO, "Certificates were issued by another node", another);
        }
    }
}
