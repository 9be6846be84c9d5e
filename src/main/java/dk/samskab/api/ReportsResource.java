package dk.samskab.api;

import dk.samskab.reporting.ReportFilter;
import dk.samskab.reporting.ReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The training managers' dashboard as rows: one per organisation × course, counted by the same measures and filters as the page. */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    public record DashboardRow(long organisationId, String organisation, String organisationType, String course, String titleDa,
            String titleEn, long enrolled, long active, long completed, long overdue, int completionRate, BigDecimal ects) {
        static DashboardRow of(ReportService.Row r) {
            return new DashboardRow(r.organisationId(), r.organisation(), r.organisationType(), r.courseCode(), r.titleDa(),
                    r.titleEn(), r.enrolled(), r.active(), r.completed(), r.overdue(), r.completionRate(), r.ects());
        }
    }

    public record Dashboard(List<DashboardRow> rows) {
    }

    @Inject
    ApiRequest request;

    @Inject
    ReportService reports;

    @GET
    @Path("dashboard")
    public Dashboard dashboard(@QueryParam("course") String course, @QueryParam("cohort") Long cohort,
            @QueryParam("organisationType") String organisationType, @QueryParam("region") String region,
            @QueryParam("sizeBand") String sizeBand, @QueryParam("role") String role, @QueryParam("partnership") String partnership,
            @QueryParam("sectorArea") String sectorArea, @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportFilter filter = new ReportFilter(course, cohort, organisationType, region, sizeBand, role, partnership, sectorArea,
                date("from", from), date("to", to));
        return new Dashboard(reports.dashboardOf(request.caller().organisationsInScope(), filter).stream()
                .map(DashboardRow::of).toList());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(field, "must be a date such as 2026-12-01");
        }
    }
}
