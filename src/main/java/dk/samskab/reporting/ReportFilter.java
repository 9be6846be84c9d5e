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

    /**
     * The SQL conditions, each with its parameters in order ("?" placeholders), and whether they
     * name the organisation (o), the course (c) or the course version (v), so that the scoped
     * query joins those tables only when a condition needs them.
     */
    record Sql(String where, List<Object> parameters) {

        Sql and(String condition, Object parameter) {
            List<Object> more = new ArrayList<>(parameters);
            more.add(parameter);
            return new Sql(where + condition, more);
        }

        boolean names(String alias) {
            return java.util.regex.Pattern.compile("(?<![\\w.])" + alias + "\\.").matcher(where).find();
        }

        /** With a role, one membership row per person and organisation is already given by the unique key. */
        boolean filtersRole() {
            return where.contains("m.role");
        }
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
        add(where, parameters, partnershipCode, " AND (m.organisation_id IN (SELECT pm2.organisation_id FROM partnership_member pm2"
                + " JOIN partnership p2 ON p2.id = pm2.partnership_id WHERE p2.code = ?) OR m.organisation_id IN (SELECT p3.municipality_id"
                + " FROM partnership p3 WHERE p3.code = ?))");
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
