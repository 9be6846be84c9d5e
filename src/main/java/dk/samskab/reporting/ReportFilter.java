package dk.samskab.reporting;

import dk.samskab.reporting.Condition.Join;
import java.sql.Date;
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

    /** The filter's conditions on the visible enrolments, each binding its value and naming the tables it needs. */
    List<Condition> conditions() {
        List<Condition> conditions = new ArrayList<>();
        if (given(courseCode)) {
            conditions.add(Condition.of(Sql.of("c.code = ").bind(courseCode), Join.COURSE));
        }
        if (given(cohortId)) {
            conditions.add(Condition.of(Sql.of("e.cohort_id = ").bind(cohortId)));
        }
        if (given(organisationType)) {
            conditions.add(Condition.of(Sql.of("o.type = ").bind(organisationType), Join.ORGANISATION));
        }
        if (given(region)) {
            conditions.add(Condition.of(Sql.of("o.region = ").bind(region), Join.ORGANISATION));
        }
        if (given(sizeBand)) {
            conditions.add(Condition.of(Sql.of("o.size_band = ").bind(sizeBand), Join.ORGANISATION));
        }
        if (given(role)) {
            conditions.add(Condition.onRole(Sql.of("m.role = ").bind(role)));
        }
        if (given(partnershipCode)) {
            // Its partners' organisations, or its municipality.
            conditions.add(Condition.of(Sql.of("(m.organisation_id IN (SELECT pm2.organisation_id FROM partnership_member pm2"
                    + " JOIN partnership p2 ON p2.id = pm2.partnership_id WHERE p2.code = ").bind(partnershipCode)
                    .append(") OR m.organisation_id IN (SELECT p3.municipality_id FROM partnership p3 WHERE p3.code = ")
                    .bind(partnershipCode).append("))")));
        }
        if (given(sectorArea)) {
            conditions.add(Condition.of(Sql.of("FIND_IN_SET(").bind(sectorArea).append(", v.sector_areas) > 0"), Join.VERSION));
        }
        if (from != null) {
            conditions.add(Condition.of(Sql.of("e.requested_at >= ").bind(Date.valueOf(from))));
        }
        if (to != null) {
            conditions.add(Condition.of(Sql.of("e.requested_at < ").bind(Date.valueOf(to.plusDays(1)))));
        }
        return conditions;
    }

    private static boolean given(Object value) {
        return value != null && !(value instanceof String text && text.isBlank());
    }
}
