package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The "more" link's token: it carries the whole query and the position, and nothing else is accepted as one. */
class MoreTokenTest {

    private static final StatementQuery FULL = new StatementQuery("account:https://samskab.dk|person-4711",
            "http://adlnet.gov/expapi/verbs/answered", "https://samskab.dk/kurser/samskabelse?del=1&x=ø",
            "ec531277-b57b-4c15-8d91-d292c5b2b8f7", true, true, Instant.parse("2026-03-01T09:00:00.123Z"),
            Instant.parse("2026-03-02T00:00:00Z"), 7, true, "ids", true);

    @Test
    void aTokenGivesBackTheQueryAndThePositionItWasMadeOf() {
        assertEquals(new StatementParameters.Page(FULL, 123_456_789_012L), MoreToken.decode(MoreToken.encode(FULL, 123_456_789_012L)));
        assertEquals(new StatementParameters.Page(StatementQuery.all(), 0L), MoreToken.decode(MoreToken.encode(StatementQuery.all(), 0)));
    }

    @Test
    void theTokenNeedsNoEscapingInALink() {
        assertTrue(MoreToken.encode(FULL, 5).matches("[A-Za-z0-9_-]+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "e30", "W10"})
    void aTokenThisLrsDidNotMakeIsRefused(String token) {
        LrsRefusal refusal = assertThrows(LrsRefusal.class, () -> MoreToken.decode(token));
        assertEquals(LrsRefusal.Status.BAD_REQUEST, refusal.status());
    }

    @Test
    void aChangedTokenOutsideTheLimitsIsRefused() {
        String valid = new String(Base64.getUrlDecoder().decode(MoreToken.encode(StatementQuery.all(), 3)), StandardCharsets.UTF_8);
        for (String changed : new String[] {valid.replace("\"limit\":500", "\"limit\":501"), valid.replace("\"after\":3", "\"after\":-3"),
            valid.replace("\"format\":\"exact\"", "\"format\":\"all\""), valid.replace("\"ascending\":false", "\"ascending\":\"no\""),
            valid.replace("\"after\":3", "\"after\":3.5")}) {
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(changed.getBytes(StandardCharsets.UTF_8));
            assertThrows(LrsRefusal.class, () -> MoreToken.decode(token), changed);
        }
    }
}
