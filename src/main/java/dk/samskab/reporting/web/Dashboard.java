package dk.samskab.reporting.web;

import dk.samskab.catalogue.CatalogueService;
import dk.samskab.catalogue.PublishedCourse;
import dk.samskab.catalogue.SectorArea;
import dk.samskab.organisation.MembershipRole;
import dk.samskab.organisation.OrganisationType;
import dk.samskab.organisation.Region;
import dk.samskab.organisation.SizeBand;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/** The training manager's dashboard: organisation × course within their scope, with filters and totals. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    ReportService reports;

    @Inject
    SignedInManager manager;

    @Inject
    CatalogueService catalogue;

    private ReportService.DashboardPage page;

    private Map<String, String> params() {
        return Faces.getRequestParameterMap();
    }

    private long managerId() {
        return manager.id();
    }

    /** The page's figures, counted once per request from one reading of the scope. */
    private ReportService.DashboardPage page() {
        if (page == null) {
            page = reports.dashboardPage(managerId(), ReportParameters.filter(params()));
        }
        return page;
    }

    public List<ReportService.Row> getRows() {
        return page().rows();
    }

    public ReportService.SelfAssessmentChange getChange() {
        return page().change();
    }

    /** Completions per month (yyyy-mm, count), oldest first. */
    public List<Object[]> getCompletionsByMonth() {
        return page().completionsByMonth();
    }

    public long getEnrolled() {
        return getRows().stream().mapToLong(ReportService.Row::enrolled).sum();
    }

    public long getActive() {
        return getRows().stream().mapToLong(ReportService.Row::active).sum();
    }

    public long getCompleted() {
        return getRows().stream().mapToLong(ReportService.Row::completed).sum();
    }

    public long getOverdue() {
        return getRows().stream().mapToLong(ReportService.Row::overdue).sum();
    }

    public BigDecimal getEcts() {
        return getRows().stream().map(ReportService.Row::ects).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int getCompletionRate() {
        return getEnrolled() == 0 ? 0 : (int) (getCompleted() * 100 / getEnrolled());
    }

    /** The current filters as a query string, for drill-down and export links. */
    public String getFilterQuery() {
        return ReportParameters.query(params());
    }

    public List<PublishedCourse> getCourses() {
        return catalogue.publishedCourses();
    }

    public OrganisationType[] getTypes() {
        return OrganisationType.values();
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public SizeBand[] getSizes() {
        return SizeBand.values();
    }

    public MembershipRole[] getRoles() {
        return MembershipRole.values();
    }

    public SectorArea[] getSectors() {
        return SectorArea.values();
    }

    /** Only partnerships within the manager's scope: any other would show nothing but zeros. */
    public List<ReportService.PartnershipChoice> getPartnerships() {
        return reports.partnershipChoices(managerId());
    }

    /**
     * The accessible name of a number that leads to the learners behind it: the number first (as
     * shown), then what it counts, for which organisation and course, so a list of links read
     * out of the table still says what each is.
     */
    public String drillLabel(String measure, ReportService.Row row) {
        Object number = switch (measure) {
            case "enrolled" -> row.enrolled();
            case "active" -> row.active();
            case "completed" -> row.completed();
            case "overdue" -> row.overdue();
            case "credited" -> row.ects();
            default -> throw new IllegalArgumentException(measure);
        };
        return Texts.ofView().format("report.drill." + measure, number, row.organisation(), row.courseCode());
    }

    /** "selected" for the option the address chose, so the filter form shows the current filter. */
    public String selected(String name, String value) {
        return value != null && value.equals(params().get(name)) ? "selected" : null;
    }

    public String value(String name) {
        String value = params().get(name);
        return value == null ? "" : value;
    }
}
