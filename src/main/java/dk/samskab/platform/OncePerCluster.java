package dk.samskab.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Lets scheduled work run once per cluster although every node's timer fires: the first node
 * to write the day's row for a job does it. The row is the database's, so the nodes need no
 * other coordination, and a node that starts late the same day finds the work claimed.
 */
@ApplicationScoped
public class OncePerCluster {

    /** This node as the rows name it: host and process, as the JVM reports them. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    /**
     * True for exactly one caller per job and day, across all nodes. Throws when the row could not
     * be written, for example when two database nodes each took one and Galera let only one commit:
     * the caller then leaves the work to the node that has it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, LocalDate day) {
        return em.createNativeQuery("INSERT IGNORE INTO scheduled_run (job, run_on, node) VALUES (?, ?, ?)")
                .setParameter(1, job).setParameter(2, day).setParameter(3, NODE)
                .executeUpdate() == 1;
    }
}
