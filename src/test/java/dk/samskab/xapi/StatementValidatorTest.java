package dk.samskab.xapi;

import static dk.samskab.xapi.Xapi.FULL;
import static dk.samskab.xapi.Xapi.MINIMAL;
import static dk.samskab.xapi.Xapi.assertOneProblemAt;
import static dk.samskab.xapi.Xapi.assertValid;
import static dk.samskab.xapi.Xapi.json;
import static dk.samskab.xapi.Xapi.problems;
import static dk.samskab.xapi.Xapi.with;
import static dk.samskab.xapi.Xapi.without;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statement as a whole: its required and allowed properties, id, version, timestamps, authority and attachments. */
class StatementValidatorTest {

    @Test
    void acceptsTheSmallestStatement() {
        assertValid(json(MINIMAL));
    }

    @Test
    void acceptsAFullRealisticStatement() {
        assertValid(json(FULL));
    }

    @Test
    void refusesAStatementWithoutAnActor() {
        assertEquals("is required", assertOneProblemAt("actor", without(MINIMAL, "actor")).message());
    }

    @Test
    void refusesAStatementWithoutAVerb() {
        assertOneProblemAt("verb", without(MINIMAL, "verb"));
    }

    @Test
    void refusesAStatementWithoutAnObject() {
        assertOneProblemAt("object", without(MINIMAL, "object"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<StatementProblem> found = problems(json("{'id': 'x', 'verb': {'id': 'completed'}, 'object': {'id': 'https://a.b'}}"));
        assertEquals(List.of("id", "actor", "verb.id"), found.stream().map(StatementProblem::path).toList());
    }

    @Test
    void refusesAPropertyTheSpecDoesNotDefine() {
        StatementProblem problem = assertOneProblemAt("score", with(MINIMAL, "score", "0.5"));
        assertEquals("is not a property of a Statement", problem.message());
    }

    @Test
    void refusesAnUnknownPropertyDeepInside() {
        assertOneProblemAt("verb.name", with(MINIMAL, "verb.name", "'completed'"));
        assertOneProblemAt("object.definition.title", with(MINIMAL, "object.definition.title", "{'da': 'Kursus'}"));
    }

    @Test
    void refusesAPropertyWhoseCaseDiffersFromTheSpec() {
        assertOneProblemAt("Actor", with(MINIMAL, "Actor", "{'mbox': 'mailto:bo@example.org'}"));
    }

    @Test
    void acceptsUuidsInEitherCaseAndOfAnyVariant() {
        for (String id : List.of("6690e6c9-3ef0-4ed3-8b37-7f3964730bee", "6690E6C9-3EF0-4ED3-8B37-7F3964730BEE",
                "12345678-1234-5678-1234-567812345678", "00000000-0000-0000-0000-000000000000")) {
            assertValid(with(MINIMAL, "id", "'" + id + "'"));
        }
    }

    @Test
    void refusesAnIdThatIsNotAUuidInStandardForm() {
        for (String id : List.of("''", "'6690e6c93ef04ed38b377f3964730bee'", "'{6690e6c9-3ef0-4ed3-8b37-7f3964730bee}'",
                "'6690e6c9-3ef0-4ed3-8b37-7f3964730beg'", "42")) {
            assertOneProblemAt("id", with(MINIMAL, "id", id));
        }
    }

    @Test
    void refusesANumberWhereAStringBelongs() {
        StatementProblem problem = assertOneProblemAt("verb.id", with(MINIMAL, "verb.id", "42"));
        assertEquals("must be a string, not a number", problem.message());
    }

    @Test
    void refusesAStringWhereAnObjectBelongs() {
        assertOneProblemAt("verb", with(MINIMAL, "verb", "'http://adlnet.gov/expapi/verbs/completed'"));
    }

    @Test
    void refusesNullOutsideExtensions() {
        StatementProblem problem = assertOneProblemAt("result.response", with(MINIMAL, "result.response", "null"));
        assertEquals("must not be null", problem.message());
    }

    @Test
    void acceptsAnythingAsTheValueOfAnExtension() {
        assertValid(with(MINIMAL, "context", "{'extensions': {'https://samskab.dk/x': null, 'urn:x:y': [1, 'a', {'b': null}]}}"));
    }

    @Test
    void acceptsAnyPatchVersionOf1_0() {
        for (String version : List.of("1.0.0", "1.0.3", "1.0.12")) {
            assertValid(with(MINIMAL, "version", "'" + version + "'"));
        }
    }

    @Test
    void refusesAVersionThatDoesNotStartWith1_0() {
        for (String version : List.of("'1.1.0'", "'2.0.0'", "'0.95'", "'1.0'", "'1.0.x'", "1.0")) {
            assertOneProblemAt("version", with(MINIMAL, "version", version));
        }
    }

    @Test
    void acceptsTimestampsInUtcOrWithAnOffset() {
        for (String timestamp : List.of("2026-03-01T09:15:30Z", "2026-03-01T10:15:30.250+01:00", "2026-03-01T10:15:30+0100",
                "2026-03-01T10:15+01", "2026-03-01T04:15:30.123456789-05:00", "2026-03-01t09:15:30z")) {
            assertValid(with(MINIMAL, "timestamp", "'" + timestamp + "'"));
        }
    }

    @Test
    void refusesTimestampsThatAreNotIso8601WithATimeZone() {
        for (String timestamp : List.of("'2026-03-01T10:15:30'", "'2026-03-01'", "'01-03-2026 10:15'", "'2026-02-30T10:15:30Z'",
                "'2026-03-01T25:00:00Z'", "'2026-03-01T10:15:30-00:00'", "'2026-03-01T10:15:30+19:00'", "''", "1772356530")) {
            assertOneProblemAt("timestamp", with(MINIMAL, "timestamp", timestamp));
        }
    }

    @Test
    void checksAStoredValueSentWithTheStatement() {
        assertValid(with(MINIMAL, "stored", "'2026-03-01T09:15:30.000Z'"));
        assertOneProblemAt("stored", with(MINIMAL, "stored", "'yesterday'"));
    }

    @Test
    void acceptsAnAgentAsAuthority() {
        assertValid(with(MINIMAL, "authority", "{'objectType': 'Agent', 'account': {'homePage': 'https://samskab.dk', 'name': 'lrs'}}"));
    }

    @Test
    void acceptsAGroupOfApplicationAndUserAsAuthority() {
        assertValid(with(MINIMAL, "authority", """
                {'objectType': 'Group', 'member': [
                    {'account': {'homePage': 'http://example.com/xAPI/OAuth/Token', 'name': 'oauth_consumer_x75db'}},
                    {'mbox': 'mailto:bob@example.com'}]}
                """));
    }

    @Test
    void refusesAnAuthorityGroupThatIsNotTwoAgents() {
        assertOneProblemAt("authority.member", with(MINIMAL, "authority", """
                {'objectType': 'Group', 'member': [{'mbox': 'mailto:a@example.com'}, {'mbox': 'mailto:b@example.com'},
                    {'mbox': 'mailto:c@example.com'}]}
                """));
        assertOneProblemAt("authority.member", with(MINIMAL, "authority", "{'objectType': 'Group', 'mbox': 'mailto:g@example.com'}"));
    }

    @Test
    void acceptsAttachmentMetadataWithOnlyTheRequiredProperties() {
        assertValid(with(MINIMAL, "attachments", """
                [{'usageType': 'https://samskab.dk/xapi/attachments/aflevering', 'display': {'da': 'Aflevering'},
                  'contentType': 'application/pdf', 'length': 0, 'sha2': 'abc'}]
                """));
    }

    @Test
    void refusesAnAttachmentWithoutItsHash() {
        assertEquals("is required", assertOneProblemAt("attachments[0].sha2", attachment("'sha2': null")).message());
    }

    @Test
    void refusesAnAttachmentWhosePropertiesHaveTheWrongFormat() {
        assertOneProblemAt("attachments[0].usageType", attachment("'usageType': 'certifikat'"));
        assertOneProblemAt("attachments[0].display", attachment("'display': {'da': 'Bevis', 'en_GB': 'Certificate'}"));
        assertOneProblemAt("attachments[0].description.da", attachment("'description': {'da': 1}"));
        assertOneProblemAt("attachments[0].contentType", attachment("'contentType': 'pdf'"));
        assertOneProblemAt("attachments[0].length", attachment("'length': 12.5"));
        assertOneProblemAt("attachments[0].length", attachment("'length': -1"));
        assertOneProblemAt("attachments[0].length", attachment("'length': '12'"));
        assertOneProblemAt("attachments[0].fileUrl", attachment("'fileUrl': 'bevis.pdf'"));
        assertOneProblemAt("attachments[0].data", attachment("'data': 'JVBERi0='"));
    }

    @Test
    void refusesAttachmentsThatAreNotAnArray() {
        assertOneProblemAt("attachments", with(MINIMAL, "attachments", "{'usageType': 'https://samskab.dk/a'}"));
    }

    /** A statement with one attachment, one of its properties replaced, or removed when replaced by null. */
    private static JsonObject attachment(String change) {
        String key = change.substring(1, change.indexOf('\'', 1));
        JsonObject base = json("""
                {'usageType': 'https://samskab.dk/xapi/attachments/certifikat', 'display': {'da': 'Kursusbevis'},
                 'contentType': 'application/pdf', 'length': 81234, 'sha2': '495395e777cd98da653df9615d09c0fd'}
                """);
        JsonObject changed = json("{" + change + "}");
        JsonObjectBuilder builder = Json.createObjectBuilder(base);
        if (changed.isNull(key)) {
            builder.remove(key);
        } else {
            builder.add(key, changed.get(key));
        }
        return with(MINIMAL, "attachments", "[" + builder.build() + "]");
    }
}
