package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import org.junit.jupiter.api.Test;

/** A request body is JSON in which no object has a property twice (Data 2.2.s4.b1.b6). */
class StrictJsonTest {

    @Test
    void aBodyWithoutRepeatedPropertiesIsParsed() {
        JsonArray batch = StrictJson.read("[" + Xapi.MINIMAL.replace('\'', '"') + ", {\"a\": {\"id\": 1}, \"b\": {\"id\": 2}}]").asJsonArray();
        assertEquals(2, batch.size());
        assertNull(StrictJson.firstDuplicate("{\"a\": [{\"x\": 1}, {\"x\": 2}], \"b\": {\"x\": 3}}"));
    }

    @Test
    void aRepeatedPropertyIsFoundAtItsPath() {
        assertEquals("verb", StrictJson.firstDuplicate("{\"verb\": {}, \"actor\": {}, \"verb\": {}}"));
        assertEquals("actor.mbox", StrictJson.firstDuplicate("{\"actor\": {\"mbox\": \"a\", \"mbox\": \"b\"}}"));
        assertEquals("[1].result.score.raw",
                StrictJson.firstDuplicate("[{\"id\": 1}, {\"result\": {\"score\": {\"raw\": 1, \"max\": 2, \"raw\": 3}}}]"));
        assertEquals("context.contextActivities.parent[2].id", StrictJson.firstDuplicate(
                "{\"context\": {\"contextActivities\": {\"parent\": [1, {\"id\": 1}, {\"id\": 2, \"id\": 3}]}}}"));
        LrsRefusal refusal = assertThrows(LrsRefusal.class, () -> StrictJson.read("{\"id\": \"a\", \"id\": \"b\"}"));
        assertTrue(refusal.getMessage().contains("id"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() {
        for (String body : new String[] {"", "{", "{\"a\": }", "statement", "{} {}"}) {
            LrsRefusal refusal = assertThrows(LrsRefusal.class, () -> StrictJson.read(body), body);
            assertEquals(LrsRefusal.Status.BAD_REQUEST, refusal.status());
        }
    }
}
