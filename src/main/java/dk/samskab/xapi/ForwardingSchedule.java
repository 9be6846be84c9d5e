package dk.samskab.xapi;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every node offers to forward queued statements every two seconds; one node at a time sends (see {@link ForwardingOutbox}). */
@Singleton
public class ForwardingSchedule {

    private static final Logger LOG = Logger.getLogger(ForwardingSchedule.class.getName());

    private static final int MOST_BATCHES_PER_RUN = 10;

    @Inject
    ForwardingOutbox outbox;

    @Inject
    ForwardingSettings settings;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void forward() {
        try {
            for (int batch = 0; batch < MOST_BATCHES_PER_RUN && outbox.deliverNext() == settings.batchSize(); batch++) {
                // the next batch at once
            }
        } catch (RuntimeException e) {
            // The database failed: nothing was recorded, the same batch goes again next time.
            LOG.log(Level.WARNING, "Statements could not be forwarded; trying again shortly: " + e);
        }
    }
}
