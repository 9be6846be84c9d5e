package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query's SQL: every value a parameter, a recursive set per filter, and the page's order and bounds. */
class StatementSqlTest {

    private static final String AGENT = "mbox:mailto:anna@example.org";
    private static final String VERB = "http://adlnet.gov/expapi/verbs/completed";

    private static StatementQuery query(String agent, String verb, boolean relatedAgents, Instant since, Instant until, int limit,
            boolean ascending) {
        return new StatementQuery(agent, verb, null, null, false, relatedAgents, since, until, limit, ascending, "exact", false);
    }

    @Test
    void withoutFiltersEveryStatementThatIsNotVoidedIsReadNewestFirst() {
        StatementSql sql = StatementSql.page(StatementQuery.all(), null);
        assertFalse(sql.text().contains("WITH"), sql.text());
        assertTrue(sql.text().contains("WHERE NOT " + StatementSql.VOIDED));
        assertTrue(sql.text().endsWith("ORDER BY s.stored_seq DESC LIMIT ?1"), sql.text());
        assertEquals(List.of(StatementQuery.MAX_LIMIT + 1), sql.parameters(), "one more than a page, to know there is more");
    }

    @Test
    void eachContentFilterIsARecursiveSetOfItsMatchesAndTheStatementsTargetingThem() {
        StatementSql sql = StatementSql.page(query(AGENT, VERB, false, null, null, 10, false), null);
        String text = sql.text();
        assertTrue(text.startsWith("WITH RECURSIVE agent_match (id) AS ("), text);
        assertTrue(text.contains("verb_match (id) AS ("), text);
        assertTrue(text.contains("UNION SELECT t.id FROM xapi_statement t JOIN agent_match m ON t.target_id = m.id"), text);
        assertTrue(text.contains("k.kind = 'AGENT' AND k.direct = TRUE AND k.key_hash = ?1"), text);
        assertTrue(text.contains("k.kind = 'VERB' AND k.direct = TRUE AND k.key_hash = ?2"), text);
        assertTrue(text.contains("AND s.id IN (SELECT id FROM agent_match) AND s.id IN (SELECT id FROM verb_match)"), text);
        assertEquals(List.of(FilterKey.hash(AGENT), FilterKey.hash(VERB), 11), sql.parameters());
        assertFalse(text.contains("anna"), "values are parameters, never part of the text");
    }

    @Test
    void relatedAgentsCountsEveryKeyNotOnlyTheDirectOnes() {
        String text = StatementSql.page(query(AGENT, null, true, null, null, 10, false), null).text();
        assertTrue(text.contains("k.kind = 'AGENT' AND k.key_hash = ?1"), text);
    }

    @Test
    void sinceIsExclusiveUntilInclusiveAndTheNextPageGoesOnFromThePosition() {
        Instant since = Instant.parse("2026-03-01T00:00:00Z");
        Instant until = Instant.parse("2026-03-02T00:00:00Z");
        StatementSql descending = StatementSql.page(query(null, null, false, since, until, 3, false), 40L);
        assertTrue(descending.text().contains("AND s.stored_at > ?1 AND s.stored_at <= ?2 AND s.stored_seq < ?3 ORDER BY s.stored_seq DESC"),
                descending.text());
        assertEquals(List.of(Timestamp.from(since), Timestamp.from(until), 40L, 4), descending.parameters());
        StatementSql ascending = StatementSql.page(query(null, null, false, null, null, 3, true), 40L);
        assertTrue(ascending.text().contains("AND s.stored_seq > ?1 ORDER BY s.stored_seq ASC"), ascending.text());
    }

    @Test
    void aRegistrationIsComparedAsStored() {
        StatementQuery byRegistration = new StatementQuery(null, null, null, "ec531277-b57b-4c15-8d91-d292c5b2b8f7", false, false,
                null, null, 5, false, "exact", false);
        StatementSql sql = StatementSql.page(byRegistration, null);
        assertTrue(sql.text().contains("registration_match (id) AS (SELECT r.id FROM xapi_statement r WHERE r.registration = ?1"),
                sql.text());
        assertEquals("ec531277-b57b-4c15-8d91-d292c5b2b8f7", sql.parameters().get(0));
    }
}
