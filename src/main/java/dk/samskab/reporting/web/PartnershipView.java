package dk.samskab.reporting.web;

import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The cross-sector picture of the manager's partnerships: municipal and civil-society side, per course. */
@Named
@RequestScoped
public class PartnershipView {

    @Inject
    ReportService reports;

    @Inject
    SignedInManager manager;

    private List<ReportService.PartnershipRow> rows;

    public List<ReportService.PartnershipRow> getRows() {
        if (rows == null) {
            rows = reports.partnerships(manager.id());
        }
        return rows;
    }
}
