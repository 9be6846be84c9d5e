package dk.samskab.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a manager narrows a report to; empty fields do not filter. Each field becomes a
 * condition with a bound parameter, never text pasted into SQL.
 */
public record ReportFilter(String courseCode, Long cohortId, String organisationType, String region, String sizeBand,
        String role, String partnershipCode, String sectorArea, LocalDate from, LocalDate to) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null, null, null, null);
    }

    /** The SQL conditions, each with its parameters in order ("?" placeholders). */
    record Sql(String where, List<Object> parameters) {
    }

    Sql toSql() {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        add(where, parameters, courseCode, " AND c.code = ?");
        add(where, parameters, cohortId, " AND e.cohort_id = ?");
        add(where, parameters, organisationType, " AND o.type = ?");
        add(where, parameters, region, " AND o.region = ?");
        add(where, parameters, sizeBand, " AND o.size_band = ?");
        add(where, parameters, role, " AND m.role = ?");
        add(where, parameters, partnershipCode, " AND (o.id IN (SELECT pm.organisation_id FROM partnership_member pm"
                + " JOIN partnership p ON p.id = pm.partnership_id WHERE p.code = ?) OR o.id IN (SELECT p.municipality_id"
                + " FROM partnership p WHERE p.code = ?))");
        if (partnershipCode != null && !partnershipCode.isBlank()) {
            parameters.add(partnershipCode);
        }
        add(where, parameters, sectorArea, " AND FIND_IN_SET(?, v.sector_areas) > 0");
        add(where, parameters, from, " AND e.requested_at >= ?");
        add(where, parameters, to == null ? null : to.plusDays(1), " AND e.requested_at < ?");
        return new Sql(where.toString(), parameters);
    }

    private static void add(StringBuilder where, List<Object> parameters, Object value, String condition) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return;
        }
        where.append(condition);
        parameters.add(value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value);
    }
}
