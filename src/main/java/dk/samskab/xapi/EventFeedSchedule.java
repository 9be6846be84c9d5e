package dk.samskab.xapi;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every node offers to work the event feed every two seconds; one node at a time gets it (see {@link EventFeed}). */
@Singleton
public class EventFeedSchedule {

    private static final Logger LOG = Logger.getLogger(EventFeedSchedule.class.getName());

    /** Catching up after a pause in batches, without holding the timer for long. */
    private static final int MOST_BATCHES_PER_RUN = 10;

    @Inject
    EventFeed feed;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void storeEvents() {
        try {
            for (int batch = 0; batch < MOST_BATCHES_PER_RUN && feed.storeNext() == EventFeed.BATCH; batch++) {
                // the next batch at once
            }
        } catch (RuntimeException e) {
            // Nothing was stored (the batch is one transaction); the next run tries the same events again.
            LOG.log(Level.WARNING, "Learning events could not be stored in the LRS; trying again shortly: " + e);
            LOG.log(Level.FINE, "The failure", e);
        }
    }
}
