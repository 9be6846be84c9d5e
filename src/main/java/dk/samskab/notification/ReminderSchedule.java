package dk.samskab.notification;

import dk.samskab.platform.Dates;
import dk.samskab.platform.OncePerCluster;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reminders every morning and the managers' digest on Mondays (Danish time), on one
 * node of a cluster: every node's timer fires, and the one that claims the day does the work.
 */
@Singleton
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    static final String JOB = "reminders";

    @Inject
    Reminders reminders;

    @Inject
    OncePerCluster oncePerCluster;

    @Schedule(hour = "7", minute = "0", timezone = Dates.DENMARK_ZONE, persistent = false)
    void everyMorning() {
        LocalDate today = Dates.today();
        if (!claimed(today)) {
            LOG.info("Another node sends this morning's reminders");
            return;
        }
        try {
            int reminded = reminders.sendDaily(today);
            LOG.info(() -> "Reminded " + reminded + " learners who are behind");
            if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
                int digests = reminders.sendWeeklyDigest(today);
                LOG.info(() -> "Sent the weekly digest to " + digests + " training managers");
            }
        } catch (RuntimeException e) {
            // The log's unique key still refuses a second reminder to a learner on the same day.
            LOG.log(Level.WARNING, "Reminders not sent this morning", e);
        }
    }

    private boolean claimed(LocalDate today) {
        try {
            return oncePerCluster.claim(JOB, today);
        } catch (RuntimeException lost) {
            LOG.log(Level.WARNING, "Could not claim this morning's reminders; another node may have them", lost);
            return false;
        }
    }
}
