package dk.samskab.notification;

import dk.samskab.platform.Dates;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the reminders every morning and the managers' digest on Mondays (Danish time). */
@Singleton
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());

    @Inject
    Reminders reminders;

    @Schedule(hour = "7", minute = "0", timezone = Dates.DENMARK_ZONE, persistent = false)
    void everyMorning() {
        LocalDate today = Dates.today();
        try {
            int reminded = reminders.sendDaily(today);
            LOG.info(() -> "Reminded " + reminded + " learners who are behind");
            if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
                int digests = reminders.sendWeeklyDigest(today);
                LOG.info(() -> "Sent the weekly digest to " + digests + " training managers");
            }
        } catch (RuntimeException e) {
            // Another node may have sent today's reminders already (the log's unique key refuses a second run).
            LOG.log(Level.WARNING, "Reminders not sent this morning", e);
        }
    }
}
