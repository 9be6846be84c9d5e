package dk.samskab.reporting.web;

import dk.samskab.access.CallerOfRequest;
import dk.samskab.audit.AuditAction;
import dk.samskab.audit.AuditLog;
import dk.samskab.platform.Language;
import dk.samskab.organisation.PeopleService;
import dk.samskab.organisation.Person;
import dk.samskab.reporting.ReportFilter;
import dk.samskab.reporting.ReportService;
import dk.samskab.reporting.TableExport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard and the learner list as CSV or XLSX, with the same scope and filters as on
 * screen (under /manager: training managers only; the scope is in the queries). Headings and
 * statuses are in the manager's language, and so is the CSV's separator and decimal mark.
 */
@WebServlet("/manager/export")
public class ReportExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient PeopleService people;

    @Inject
    transient AuditLog audit;

    @Inject
    transient SignedInManager signedIn;

    @Inject
    transient CallerOfRequest caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        String table = params.get("table");
        String format = params.get("format");
        if (!List.of("dashboard", "learners").contains(String.valueOf(table)) || !List.of("csv", "xlsx").contains(String.valueOf(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long manager = signedIn.id();
        // The language the manager chose (the language switch stores it for signed-in users).
        Locale locale = people.findByEmail(caller.caller().email()).map(Person::getPreferredLanguage).orElse(Language.DA).locale();
        Texts texts = Texts.of(locale);
        ReportFilter filter = ReportParameters.filter(params);
        List<String> header;
        List<List<Object>> rows;
        if (table.equals("dashboard")) {
            header = texts.all("profile.organisation", "verify.course", "report.enrolled", "report.active", "report.completed",
                    "report.export.completionRate", "report.overdue", "report.ects");
            rows = reports.dashboard(manager, filter).stream().map(r -> List.<Object>of(r.organisation(), r.courseCode(),
                    r.enrolled(), r.active(), r.completed(), r.completionRate(), r.overdue(), r.ects())).toList();
        } else {
            header = texts.all("grading.learner", "profile.organisation", "verify.course", "cohorts.status", "report.enrolledAt",
                    "report.completedAt");
            rows = reports.learners(manager, filter, ReportParameters.number(params.get("org")),
                    ReportParameters.measure(params)).stream()
                    .map(l -> java.util.Arrays.<Object>asList(l.name(), l.organisation(), l.courseCode(),
                            texts.get("enrolmentStatus." + l.status()), l.enrolledAt(), l.completedAt())).toList();
        }
        audit.record(AuditAction.EXPORT, null, table + "." + format + " " + request.getQueryString());
        TableExport.Style style = TableExport.Style.of(locale);
        String sheet = texts.get(table.equals("dashboard") ? "report.title" : "report.learners");
        byte[] body = format.equals("csv") ? TableExport.csv(header, rows, style) : TableExport.xlsx(sheet, header, rows, style);
        response.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"samskab-" + table + "." + format + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
