package dk.samskab.reporting.web;

import dk.samskab.enrolment.Cohort;
import dk.samskab.platform.web.Messages;
import dk.samskab.reporting.BulkEnrolment;
import dk.samskab.reporting.Reminders;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A training manager switches reminders on or off for the cohorts shared with their organisations. */
@Named
@RequestScoped
public class ReminderSettings {

    @Inject
    BulkEnrolment bulk;

    @Inject
    SignedInManager manager;

    @Inject
    Reminders reminders;

    @Inject
    ReportService reports;

    @Inject
    SecurityContext security;

    private List<Cohort> cohorts;
    private final Map<Long, Boolean> enabled = new HashMap<>();

    private long managerId() {
        return manager.id();
    }

    public List<Cohort> getCohorts() {
        if (cohorts == null) {
            cohorts = bulk.cohorts(managerId());
            cohorts.forEach(c -> enabled.putIfAbsent(c.getId(), c.isRemindersEnabled()));
        }
        return cohorts;
    }

    public void save() {
        getCohorts();
        reminders.setEnabled(managerId(), enabled);
        cohorts = null;
        Messages.info("reminders.saved");
    }

    public Map<Long, Boolean> getEnabled() {
        return enabled;
    }
}
