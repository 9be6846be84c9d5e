package dk.samskab.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The numbers on the dashboard, each as the condition that picks the enrolments behind it, so a
 * drill-down lists exactly the learners a number counts.
 */
public enum Measure {
    ENROLLED(" AND e.status IN ('ENROLLED', 'COMPLETED')"),
    ACTIVE(" AND e.status = 'ENROLLED' AND e.last_activity_at >= ?"),
    COMPLETED(" AND e.status = 'COMPLETED'"),
    OVERDUE(" AND e.status = 'ENROLLED' AND EXISTS (SELECT 1 FROM cohort ch0 WHERE ch0.id = e.cohort_id"
            + " AND ch0.ends_on < CURRENT_DATE)"),
    CREDITED(" AND EXISTS (SELECT 1 FROM credit_award ca0 WHERE ca0.enrolment_id = e.id)");

    private final String condition;

    Measure(String condition) {
        this.condition = condition;
    }

    ReportFilter.Sql narrow(ReportFilter.Sql where) {
        if (this == ACTIVE) {
            return where.and(condition, activeSince());
        }
        return new ReportFilter.Sql(where.where() + condition, where.parameters());
    }

    /** Learners with progress since then count as active. */
    static Timestamp activeSince() {
        return Timestamp.from(Instant.now().minus(ReportService.ACTIVE_DAYS, ChronoUnit.DAYS));
    }

    /** The measure named in an address (lower case), if any. */
    public static Optional<Measure> parse(String name) {
        for (Measure measure : values()) {
            if (measure.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(measure);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
