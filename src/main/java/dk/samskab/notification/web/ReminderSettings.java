package dk.samskab.notification.web;

import dk.samskab.enrolment.BulkEnrolment;
import dk.samskab.enrolment.Cohort;
import dk.samskab.enrolment.ManagerReach;
import dk.samskab.notification.Reminders;
import dk.samskab.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A training manager switches reminders on or off for the cohorts shared with their organisations. */
@Named
@RequestScoped
public class ReminderSettings {

    @Inject
    BulkEnrolment bulk;

    /** The signed-in manager's scope, worked out by reporting. */
    @Inject
    ManagerReach manager;

    @Inject
    Reminders reminders;

    private List<Cohort> cohorts;
    private final Map<Long, Boolean> enabled = new HashMap<>();

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = bulk.cohorts(manager);
            cohorts.forEach(c -> enabled.putIfAbsent(c.getId(), c.isRemindersEnabled()));
        }
        return cohorts;
    }

    public void save() {
        getCohorts();
        reminders.setEnabled(manager, enabled);
        cohorts = null;
        Messages.info("reminders.saved");
    }

    public Map<Long, Boolean> getEnabled() {
        return enabled;
    }
}
