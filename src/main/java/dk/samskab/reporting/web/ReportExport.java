package dk.samskab.reporting.web;

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
import java.util.Map;

/**
 * The dashboard and the learner list as CSV or XLSX, with the same scope and filters as on
 * screen (under /manager: training managers only; the scope is in the queries).
 */
@WebServlet("/manager/export")
public class ReportExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient dk.samskab.audit.AuditLog audit;

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
        long manager = reports.managerId(request.getUserPrincipal().getName()).orElse(-1L);
        ReportFilter filter = ReportParameters.filter(params);
        List<String> header;
        List<List<Object>> rows;
        if (table.equals("dashboard")) {
            header = List.of("Organisation", "Kursus / Course", "Tilmeldt / Enrolled", "Aktive / Active", "Gennemført / Completed",
                    "Gennemførelse % / Completion %", "Forsinket / Overdue", "ECTS");
            rows = reports.dashboard(manager, filter).stream().map(r -> List.<Object>of(r.organisation(), r.courseCode(),
                    r.enrolled(), r.active(), r.completed(), r.completionRate(), r.overdue(), r.ects())).toList();
        } else {
            header = List.of("Deltager / Learner", "Organisation", "Kursus / Course", "Status", "Tilmeldt / Enrolled",
                    "Gennemført / Completed");
            rows = reports.learners(manager, filter, ReportParameters.number(params.get("org")),
                    ReportParameters.measure(params)).stream()
                    .map(l -> List.<Object>of(l.name(), l.organisation(), l.courseCode(), l.status(),
                            l.enrolledAt() == null ? "" : l.enrolledAt().toString(),
                            l.completedAt() == null ? "" : l.completedAt().toString())).toList();
        }
        audit.record(dk.samskab.audit.AuditAction.EXPORT, null, table + "." + format + " " + request.getQueryString());
        byte[] body = format.equals("csv") ? TableExport.csv(header, rows) : TableExport.xlsx(table, header, rows);
        response.setContentType(format.equals("csv") ? "text/csv; charset=UTF-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"samskab-" + table + "." + format + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
