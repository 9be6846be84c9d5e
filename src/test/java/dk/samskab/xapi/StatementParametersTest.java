package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Statement Resource's query parameters: what each asks for, and every refusal the spec requires. */
class StatementParametersTest {

    private static final String ID = "6690e6c9-3ef0-4ed3-8b37-7f3964730bee";

    /** Parameters as name, value pairs; a name given twice has two values. */
    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return params;
    }

    private static StatementQuery query(String... pairs) {
        StatementParameters.Page page = assertInstanceOf(StatementParameters.Page.class, StatementParameters.get(params(pairs)));
        assertNull(page.after(), "a first page starts at the newest (or oldest) statement");
        return page.query();
    }

    private static LrsRefusal refused(String... pairs) {
        LrsRefusal refusal = assertThrows(LrsRefusal.class, () -> StatementParameters.get(params(pairs)));
        assertEquals(LrsRefusal.Status.BAD_REQUEST, refusal.status());
        return refusal;
    }

    @Test
    void withoutParametersEveryStatementIsAskedForNewestFirstInPagesOfTheMost() {
        StatementQuery query = query();
        assertEquals(StatementQuery.all(), query);
        assertEquals(StatementQuery.MAX_LIMIT, query.limit());
        assertFalse(query.ascending());
        assertFalse(query.filtersByContent());
    }

    @Test
    void everyFilterIsReadIntoTheQuery() {
        StatementQuery query = query("agent", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:Anna@Example.ORG\"}",
                "verb", "http://adlnet.gov/expapi/verbs/completed", "activity", "https://samskab.dk/kurser/samskabelse",
                "registration", "EC531277-B57B-4C15-8D91-D292C5B2B8F7", "related_activities", "true", "related_agents", "true",
                "since", "2026-03-01T10:00:00+01:00", "until", "2026-03-02T00:00:00.5Z", "limit", "25", "ascending", "true",
                "format", "canonical", "attachments", "false");
        assertEquals("mbox:mailto:Anna@example.org", query.agent(), "the agent by its identity key, the domain in lower case");
        assertEquals("http://adlnet.gov/expapi/verbs/completed", query.verb());
        assertEquals("https://samskab.dk/kurser/samskabelse", query.activity());
        assertEquals("ec531277-b57b-4c15-8d91-d292c5b2b8f7", query.registration(), "UUIDs in lower case, as stored");
        assertTrue(query.relatedActivities());
        assertTrue(query.relatedAgents());
        assertEquals(Instant.parse("2026-03-01T09:00:00Z"), query.since());
        assertEquals(Instant.parse("2026-03-02T00:00:00.500Z"), query.until());
        assertEquals(25, query.limit());
        assertTrue(query.ascending());
        assertEquals("canonical", query.format());
        assertTrue(query.filtersByContent());
    }

    @ParameterizedTest(name = "limit {0} gives pages of {1}")
    @CsvSource({"0, 500", "1, 1", "500, 500", "501, 500", "99999999999, 500"})
    void theLimitIsCappedAndZeroMeansTheMost(String limit, int pageSize) {
        assertEquals(pageSize, query("limit", limit).limit());
    }

    @Test
    void anIdentifiedGroupIsAnAgentFilterAndAnAnonymousOneIsNot() {
        assertEquals("openid:https://id.example.org/hold-3",
                query("agent", "{\"objectType\": \"Group\", \"openid\": \"https://id.example.org/hold-3\"}").agent());
        assertTrue(refused("agent", "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:anna@example.org\"}]}")
                .getMessage().contains("anonymous Group"));
    }

    @Test
    void aStatementIsAskedForByItsIdOrItsVoidedIdWithAttachmentsAndFormatOnly() {
        assertEquals(new StatementParameters.Single(ID, false, false), StatementParameters.get(params("statementId", ID.toUpperCase())));
        assertEquals(new StatementParameters.Single(ID, true, true),
                StatementParameters.get(params("voidedStatementId", ID, "attachments", "true", "format", "ids")));
        assertTrue(refused("statementId", ID, "voidedStatementId", ID).getMessage().contains("together"));
        assertTrue(refused("statementId", ID, "agent", "{\"mbox\": \"mailto:anna@example.org\"}").getMessage().contains("agent"));
        assertTrue(refused("voidedStatementId", ID, "limit", "1").getMessage().contains("limit"));
        refused("statementId", "not-a-uuid");
    }

    @Test
    void anUnknownParameterARepeatedOneAndOneInAnotherCaseAreRefused() {
        assertTrue(refused("actor", "x").getMessage().contains("actor"));
        assertTrue(refused("Verb", "http://adlnet.gov/expapi/verbs/completed").getMessage().contains("spelt verb"));
        assertTrue(refused("statementid", ID).getMessage().contains("spelt statementId"));
        assertTrue(refused("limit", "1", "limit", "2").getMessage().contains("more than once"));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource(delimiter = '|', value = {
        "agent|not json", "agent|[]", "agent|{\"mbox\": \"anna@example.org\"}",
        "agent|{\"mbox\": \"mailto:anna@example.org\", \"openid\": \"https://id.example.org/anna\"}",
        "verb|completed", "activity|kurser/samskabelse", "registration|12345", "since|2026-03-01", "until|yesterday",
        "limit|-1", "limit|ten", "format|full", "ascending|yes", "related_agents|1", "attachments|TRUE"})
    void aValueOfTheWrongFormIsRefused(String name, String value) {
        assertTrue(refused(name, value).getMessage().contains(name), "the message names the parameter");
    }

    @Test
    void aPutNamesTheStatementIdAndNothingElse() {
        assertEquals(ID, StatementParameters.put(params("statementId", ID.toUpperCase())));
        assertThrows(LrsRefusal.class, () -> StatementParameters.put(params()));
        assertThrows(LrsRefusal.class, () -> StatementParameters.put(params("statementId", ID, "verb", "http://x.org/v")));
        assertThrows(LrsRefusal.class, () -> StatementParameters.put(params("statementId", "1")));
    }

    @Test
    void aPostOfStatementsTakesNoParameters() {
        StatementParameters.post(params());
        assertThrows(LrsRefusal.class, () -> StatementParameters.post(params("statementId", ID)));
    }

    @Test
    void moreIsTheWholeQueryAndComesAlone() {
        StatementQuery asked = query("verb", "http://adlnet.gov/expapi/verbs/completed", "limit", "2");
        String token = MoreToken.encode(asked, 41);
        assertEquals(new StatementParameters.Page(asked, 41L), StatementParameters.get(params("more", token)));
        assertTrue(refused("more", token, "limit", "5").getMessage().contains("alone"));
    }
}
