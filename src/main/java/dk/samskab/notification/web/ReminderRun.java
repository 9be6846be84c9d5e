package dk.samskab.notification.web;

import dk.samskab.platform.Dates;
import dk.samskab.platform.web.Messages;
import dk.samskab.notification.Reminders;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;

/** For admins (the buttons are on /admin): run today's reminders or the weekly digest now, as the morning job does. */
@Named
@RequestScoped
public class ReminderRun {

    @Inject
    Reminders reminders;

    public void remindNow() {
        report("reminders.sent", reminders.sendDaily(Dates.today()));
    }

    public void digestNow() {
        report("reminders.digestSent", reminders.sendWeeklyDigest(Dates.today()));
    }

    private static void report(String key, int count) {
        Messages.info(key, count);
    }
}
