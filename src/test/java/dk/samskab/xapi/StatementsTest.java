package dk.samskab.xapi;

import static dk.samskab.xapi.Xapi.FULL;
import static dk.samskab.xapi.Xapi.MINIMAL;
import static dk.samskab.xapi.Xapi.assertValid;
import static dk.samskab.xapi.Xapi.json;
import static dk.samskab.xapi.Xapi.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The statement as the LRS stores it: the properties it sets and the ones it keeps. */
class StatementsTest {

    private static final JsonObject AUTHORITY = json("{'objectType': 'Agent', 'account': {'homePage': 'https://samskab.dk', 'name': 'lrs-klient-7'}}");
    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00.123456Z");
    private static final UUID NEW_ID = UUID.fromString("0f5e7c2a-1b3d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final Supplier<UUID> IDS = () -> NEW_ID;

    @Test
    void assignsAnIdWhenTheStatementHasNone() {
        assertEquals(NEW_ID.toString(), prepare(json(MINIMAL)).getString("id"));
    }

    @Test
    void keepsTheGivenIdInLowerCase() {
        JsonObject sent = with(MINIMAL, "id", "'6690E6C9-3EF0-4ED3-8B37-7F3964730BEE'");
        Supplier<UUID> never = () -> {
            throw new AssertionError("a statement with an id gets no new one");
        };
        assertEquals("6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
                Statements.prepare(sent, AUTHORITY, NOW, never).getString("id"));
    }

    @Test
    void setsStoredToTheMillisecondInUtcOverwritingAnySentValue() {
        assertEquals("2026-03-01T09:30:00.123Z", prepare(json(MINIMAL)).getString("stored"));
        assertEquals("2026-03-01T09:30:00.123Z", prepare(with(MINIMAL, "stored", "'2020-01-01T00:00:00Z'")).getString("stored"));
    }

    @Test
    void setsTheTimestampToStoredOnlyWhenItIsMissing() {
        assertEquals("2026-03-01T09:30:00.123Z", prepare(json(MINIMAL)).getString("timestamp"));
        assertEquals("2026-03-01T10:15:30.250+01:00", prepare(json(FULL)).getString("timestamp"));
    }

    @Test
    void setsTheVersionOnlyWhenItIsMissing() {
        assertEquals("1.0.0", prepare(json(MINIMAL)).getString("version"));
        assertEquals("1.0.3", prepare(with(MINIMAL, "version", "'1.0.3'")).getString("version"));
    }

    @Test
    void setsTheAuthorityFromTheRequestOverwritingAnySentOne() {
        JsonObject sent = with(MINIMAL, "authority", "{'mbox': 'mailto:claims-to-be-admin@example.org'}");
        assertEquals(AUTHORITY, prepare(sent).getJsonObject("authority"));
    }

    @Test
    void storesEveryContextActivityValueAsAnArray() {
        JsonObject stored = prepare(json(FULL));
        JsonObject types = stored.getJsonObject("context").getJsonObject("contextActivities");
        assertEquals(JsonValue.ValueType.ARRAY, types.get("grouping").getValueType());
        assertEquals("https://samskab.dk/kurser/samskabelse", types.getJsonArray("grouping").getJsonObject(0).getString("id"));
        assertEquals(json(FULL).getJsonObject("context").getJsonObject("contextActivities").get("parent"), types.get("parent"));
    }

    @Test
    void storesASubStatementsContextActivitiesAsArraysToo() {
        JsonObject sent = with(MINIMAL, "object", """
                {'objectType': 'SubStatement', 'actor': {'mbox': 'mailto:anna@example.org'},
                 'verb': {'id': 'http://example.com/planned'}, 'object': {'id': 'https://samskab.dk/kurser/a'},
                 'context': {'contextActivities': {'parent': {'id': 'https://samskab.dk/uddannelser/b'}}}}
                """);
        JsonObject sub = prepare(sent).getJsonObject("object");
        assertEquals(JsonValue.ValueType.ARRAY,
                sub.getJsonObject("context").getJsonObject("contextActivities").get("parent").getValueType());
        assertFalse(sub.containsKey("stored"), "the LRS sets nothing in a SubStatement");
    }

    @Test
    void thePreparedStatementIsStillValidAndTheSameStatement() {
        for (String sent : new String[] {MINIMAL, FULL}) {
            JsonObject prepared = prepare(json(sent));
            assertValid(prepared);
            assertTrue(StatementEquivalence.same(json(sent), prepared), sent);
        }
    }

    private static JsonObject prepare(JsonObject statement) {
        return Statements.prepare(statement, AUTHORITY, NOW, IDS);
    }
}
