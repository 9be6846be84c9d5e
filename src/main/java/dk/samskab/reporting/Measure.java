package dk.samskab.reporting;

import dk.samskab.enrolment.EnrolmentStatus;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The numbers on the dashboard, each as the condition that picks the enrolments behind it. The
 * dashboard counts by that condition and the drill-down lists by it, so a drill-down lists
 * exactly the learners a number counts.
 */
public enum Measure {
    ENROLLED(on -> Sql.of(on.status() + " IN (" + Sql.literals(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED) + ")")),
    ACTIVE(on -> Sql.of(on.status() + " = " + Sql.literals(EnrolmentStatus.ENROLLED) + " AND " + on.lastActivity() + " >= ")
            .bind(activeSince())),
    COMPLETED(on -> Sql.of(on.status() + " = " + Sql.literals(EnrolmentStatus.COMPLETED))),
    OVERDUE(on -> Sql.of(on.status() + " = " + Sql.literals(EnrolmentStatus.ENROLLED) + " AND EXISTS (SELECT 1 FROM cohort ch0"
            + " WHERE ch0.id = " + on.cohort() + " AND ch0.ends_on < CURRENT_DATE)")),
    CREDITED(on -> Sql.of("EXISTS (SELECT 1 FROM credit_award ca0 WHERE ca0.enrolment_id = " + on.enrolment() + ")"));

    /**
     * Where a measure's condition reads an enrolment's columns: in the enrolment table (e), inside
     * the visible set, or in the visible set's rows (x), outside it.
     */
    record Columns(String status, String lastActivity, String cohort, String enrolment) {
        static final Columns ENROLMENT = new Columns("e.status", "e.last_activity_at", "e.cohort_id", "e.id");
        static final Columns VISIBLE_ROW = new Columns("x.status", "x.last_activity_at", "x.cohort_id", "x.enrolment_id");
    }

    /** The one definition of what the measure counts, on either set of columns. */
    private final Function<Columns, Sql> definition;

    Measure(Function<Columns, Sql> definition) {
        this.definition = definition;
    }

    /** The enrolments behind the number, as a condition on the visible set. */
    Condition condition() {
        return Condition.of(definition.apply(Columns.ENROLMENT));
    }

    /** The number itself: how many of the visible set's rows (x) it counts. */
    Sql count() {
        return Sql.of("SUM(CASE WHEN ").append(definition.apply(Columns.VISIBLE_ROW)).append(" THEN 1 ELSE 0 END)");
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
