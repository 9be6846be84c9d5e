package dk.samskab.account;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every node reads the provider sessions ended through another node every five seconds. */
@Singleton
public class EndedProviderSessionsRefresh {

    private static final Logger LOG = Logger.getLogger(EndedProviderSessionsRefresh.class.getName());

    @Inject
    EndedProviderSessions ended;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void refresh() {
        try {
            ended.refresh();
        } catch (RuntimeException e) {
            // A database outage: the next run catches up, as the last id read is kept.
            LOG.log(Level.FINE, "Could not read ended provider sessions", e);
        }
    }
}
