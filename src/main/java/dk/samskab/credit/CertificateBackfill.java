package dk.samskab.credit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After start-up, issues the certificates of courses completed before certificates were issued on
 * completion, so that no page view ever has to write one. It works in the background and in short
 * batches: a large history must neither hold up the start nor make one long transaction.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CertificateBackfill {

    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(CertificateBackfill.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    CertificateBatch batch;

    @PostConstruct
    void start() {
        executor.execute(this::issueMissing);
    }

    void issueMissing() {
        int total = 0;
        try {
            int issued;
            do {
                issued = batch.issueNext(BATCH);
                total += issued;
            } while (issued == BATCH);
        } catch (PersistenceException | jakarta.transaction.TransactionalException another) {
            // Another node starting at the same moment issued some first (one certificate per enrolment); its backfill goes on.
            LOG.log(Level.INFO, "Certificates are being issued by another node", another);
        }
        if (total > 0) {
            int issuedHere = total;
            LOG.info(() -> "Issued " + issuedHere + " certificate(s) for courses completed earlier");
        }
    }
}
