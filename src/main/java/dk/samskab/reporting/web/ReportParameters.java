package dk.samskab.reporting.web;

import dk.samskab.reporting.Measure;
import dk.samskab.reporting.ReportFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The report filter read from the address, the same way for the pages and the exports, so an
 * export always has the filters of the page it came from. Values that do not parse are ignored.
 */
final class ReportParameters {

    static final String[] NAMES = {"course", "cohort", "type", "region", "size", "role", "partnership", "sector", "from", "to"};

    private ReportParameters() {
    }

    static ReportFilter filter(Map<String, String> params) {
        return new ReportFilter(text(params, "course"), number(params.get("cohort")), text(params, "type"), text(params, "region"),
                text(params, "size"), text(params, "role"), text(params, "partnership"), text(params, "sector"),
                date(params.get("from")), date(params.get("to")));
    }

    /** The filter's parameters as a query string, for links to drill-downs and exports. */
    static String query(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        for (String name : NAMES) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() || value.length() > 80 ? null : value.strip();
    }

    /** The number a learner list stands for, or null for every learner under the filter. */
    static Measure measure(Map<String, String> params) {
        return Measure.parse(params.get("measure")).orElse(null);
    }

    static Long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
