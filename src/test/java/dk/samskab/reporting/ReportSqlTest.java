package dk.samskab.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report queries as built from their parts, without a database: what they bind, in which order, and what they join. */
class ReportSqlTest {

    private static final ReportFilter EVERYTHING = new ReportFilter("KURSUS-1", 11L, "MUNICIPALITY", "SYDDANMARK", "LARGE",
            "VOLUNTEER", "odense-rk", "HEALTH", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 31));

    private static ReportFilter course(String code) {
        return new ReportFilter(code, null, null, null, null, null, null, null, null, null);
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The numbers of the placeholders as they stand in the text. */
    private static List<Integer> placeholders(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\?(\\d+)").matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.valueOf(matcher.group(1)));
        }
        return numbers;
    }

    @Test
    void valuesAreNumberedInTheOrderTheyWereAddedAndAPieceUsedTwiceBindsTwice() {
        Sql piece = Sql.of("a = ").bind("first").append(" AND b = ").bind(2L);
        Sql query = Sql.of("SELECT 1 WHERE ").append(piece).append(" OR ").append(piece);
        assertEquals("SELECT 1 WHERE a = ?1 AND b = ?2 OR a = ?3 AND b = ?4", query.text());
        assertEquals(List.of("first", 2L, "first", 2L), query.parameters());
        assertEquals("a = ?1 AND b = ?2", piece.text(), "appending leaves the piece itself as it was");
    }

    @Test
    void theScopeAndEveryFilterBindInTheOrderTheyStandInBothHalves() {
        Sql sql = ScopedSql.scope(7).append("SELECT COUNT(*) FROM (").append(ScopedSql.visible(EVERYTHING.conditions()))
                .append(") x");
        List<Object> filter = List.of("KURSUS-1", 11L, "MUNICIPALITY", "SYDDANMARK", "LARGE", "VOLUNTEER", "odense-rk",
                "odense-rk", "HEALTH", Date.valueOf("2026-01-05"), Date.valueOf("2026-04-01"));
        List<Object> expected = new ArrayList<>(List.of(7L, 7L, 7L));
        expected.addAll(filter);
        expected.addAll(filter);
        assertEquals(expected, sql.parameters(), "the manager thrice, then the filter in each half; the last day is included");
        List<Integer> numbers = placeholders(sql.text());
        assertEquals(expected.size(), numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            assertEquals(i + 1, numbers.get(i), "placeholder " + (i + 1) + " stands in order");
        }
    }

    @Test
    void aTableIsJoinedOnlyWhenAConditionNamesItAndOnceInEachHalf() {
        String none = ScopedSql.visible(ReportFilter.none().conditions()).text();
        assertFalse(none.contains("JOIN organisation") || none.contains("JOIN course ") || none.contains("JOIN course_version"),
                none);

        String byCourse = ScopedSql.visible(course("KURSUS-1").conditions()).text();
        assertEquals(2, occurrences(byCourse, "JOIN course c ON c.id = e.course_id"));
        assertFalse(byCourse.contains("JOIN organisation") || byCourse.contains("JOIN course_version"), byCourse);

        ReportFilter place = new ReportFilter(null, null, "MUNICIPALITY", "SYDDANMARK", "LARGE", null, null, null, null, null);
        String byPlace = ScopedSql.visible(place.conditions()).text();
        assertEquals(2, occurrences(byPlace, "JOIN organisation o ON o.id = m.organisation_id"), "three conditions, one join");
        assertFalse(byPlace.contains("JOIN course"), byPlace);

        ReportFilter sector = new ReportFilter(null, null, null, null, null, null, null, "HEALTH", null, null);
        String bySector = ScopedSql.visible(sector.conditions()).text();
        assertEquals(2, occurrences(bySector, "JOIN course_version v ON v.id = e.course_version_id"));
        assertFalse(bySector.contains("JOIN organisation") || bySector.contains("JOIN course c"), bySector);

        String byPartnership = ScopedSql.visible(new ReportFilter(null, null, null, null, null, null, "odense-rk", null, null,
                null).conditions()).text();
        assertFalse(byPartnership.contains("JOIN organisation") || byPartnership.contains("JOIN course"),
                "its own subqueries name partnerships, not the joined tables: " + byPartnership);
    }

    @Test
    void aSecondRoleInOneOrganisationIsDroppedUnlessARoleIsAskedFor() {
        String second = "NOT EXISTS (SELECT 1 FROM membership m0";
        assertEquals(1, occurrences(ScopedSql.visible(course("KURSUS-1").conditions()).text(), second));
        assertEquals(0, occurrences(ScopedSql.visible(EVERYTHING.conditions()).text(), second));
    }

    @Test
    void theDashboardCountsByEachMeasuresOwnConditionAndBindsActiveSinceBeforeTheFilter() {
        Sql dashboard = ReportService.dashboardSql(7, course("KURSUS-1"));
        String text = dashboard.text();
        assertTrue(text.contains("SUM(CASE WHEN x.status = 'ENROLLED' AND x.last_activity_at >= ?4 THEN 1 ELSE 0 END) AS active"),
                text);
        assertTrue(text.contains("SUM(CASE WHEN x.status = 'ENROLLED' AND EXISTS (SELECT 1 FROM cohort ch0 WHERE ch0.id ="
                + " x.cohort_id AND ch0.ends_on < CURRENT_DATE) THEN 1 ELSE 0 END) AS overdue"), text);
        for (Measure measure : ReportService.COUNTED) {
            assertTrue(text.contains(measure.count().text().replace("?1", "?4") + " AS " + measure.key()), measure.key());
        }
        List<Object> parameters = dashboard.parameters();
        assertEquals(List.of(7L, 7L, 7L), parameters.subList(0, 3));
        assertInstanceOf(Timestamp.class, parameters.get(3), "active since, in the SELECT before the FROM");
        assertEquals(List.of("KURSUS-1", "KURSUS-1"), parameters.subList(4, parameters.size()));
    }

    @Test
    void aDrillDownListsByTheSameConditionTheDashboardCountsBy() {
        for (Measure measure : Measure.values()) {
            String listed = measure.condition().sql().text();
            String counted = measure.count().text();
            assertEquals("SUM(CASE WHEN " + listed + " THEN 1 ELSE 0 END)", counted.replace("x.enrolment_id", "e.id")
                    .replace("x.", "e."), measure.key());
            assertTrue(listed.startsWith("e.") || listed.startsWith("EXISTS"), listed);
        }
        assertEquals("e.status IN ('ENROLLED', 'COMPLETED')", Measure.ENROLLED.condition().sql().text());
        assertEquals(1, Measure.ACTIVE.condition().sql().parameters().size());
    }
}
