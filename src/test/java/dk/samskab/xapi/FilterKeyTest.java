package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.xapi.FilterKey.Kind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which verb, agents and activities a query finds a statement by, directly or only as related. */
class FilterKeyTest {

    private static final JsonObject AUTHORITY = Xapi.json(
            "{'objectType': 'Agent', 'account': {'homePage': 'https://samskab.dk/', 'name': 'lrs-moodle'}}");

    private static List<FilterKey> keysOf(JsonObject statement) {
        Xapi.assertValid(statement);
        return FilterKey.of(Statements.prepare(statement, AUTHORITY, Instant.parse("2026-03-01T10:00:00Z"), UUID::randomUUID));
    }

    private static FilterKey direct(Kind kind, String value) {
        return new FilterKey(kind, value, true);
    }

    private static FilterKey related(Kind kind, String value) {
        return new FilterKey(kind, value, false);
    }

    @Test
    void theVerbActorAndActivityAreDirectAndTheAuthorityIsRelated() {
        assertEquals(List.of(direct(Kind.VERB, "http://adlnet.gov/expapi/verbs/completed"),
                direct(Kind.AGENT, "mbox:mailto:anna@example.org"), related(Kind.AGENT, "account:https://samskab.dk/|lrs-moodle"),
                direct(Kind.ACTIVITY, "https://samskab.dk/kurser/samskabelse")), keysOf(Xapi.json(Xapi.MINIMAL)));
    }

    @Test
    void instructorTeamMembersAndContextActivitiesAreRelated() {
        List<FilterKey> keys = keysOf(Xapi.json(Xapi.FULL));
        assertTrue(keys.contains(direct(Kind.AGENT, "account:https://samskab.dk|person-4711")), keys.toString());
        assertTrue(keys.contains(related(Kind.AGENT, "mbox_sha1sum:ebd31e95054c018b10727ccffd2ef2ec3a016ee9")), "instructor");
        assertTrue(keys.contains(related(Kind.AGENT, "openid:https://id.example.org/carl")), "a member of the team");
        assertTrue(keys.contains(direct(Kind.ACTIVITY, "https://samskab.dk/kurser/samskabelse/quiz/1/spoergsmaal/3")));
        for (String context : List.of("https://samskab.dk/kurser/samskabelse/quiz/1", "https://samskab.dk/kurser/samskabelse",
                "https://w3id.org/xapi/cmi5/context/categories/cmi5")) {
            assertTrue(keys.contains(related(Kind.ACTIVITY, context)), context);
        }
    }

    @Test
    void aValueThatIsBothDirectAndRelatedIsKeptOnceAsDirect() {
        // Anna is the actor and a member of the team.
        List<FilterKey> anna = keysOf(Xapi.json(Xapi.FULL.replace("'account': {'homePage': 'https://samskab.dk', 'name': 'person-4711'}",
                "'mbox': 'mailto:anna@example.org'"))).stream().filter(k -> k.value().equals("mbox:mailto:anna@example.org")).toList();
        assertEquals(List.of(direct(Kind.AGENT, "mbox:mailto:anna@example.org")), anna);
    }

    @Test
    void aGroupIsFoundByItsOwnIdentifierAndEachMembersDirectly() {
        List<FilterKey> keys = keysOf(Xapi.with(Xapi.MINIMAL, "actor", "{'objectType': 'Group', 'openid': 'https://id.example.org/hold-3',"
                + " 'member': [{'mbox': 'mailto:bo@example.org'}, {'account': {'homePage': 'https://samskab.dk', 'name': 'p-7'}}]}"));
        for (String agent : List.of("openid:https://id.example.org/hold-3", "mbox:mailto:bo@example.org", "account:https://samskab.dk|p-7")) {
            assertTrue(keys.contains(direct(Kind.AGENT, agent)), agent);
        }
    }

    @Test
    void anAgentObjectIsDirectAndAStatementRefHasNoKeyOfItsOwn() {
        List<FilterKey> agentObject = keysOf(Xapi.with(Xapi.MINIMAL, "object", "{'objectType': 'Agent', 'mbox': 'mailto:bo@example.org'}"));
        assertTrue(agentObject.contains(direct(Kind.AGENT, "mbox:mailto:bo@example.org")));
        assertTrue(agentObject.stream().noneMatch(k -> k.kind() == Kind.ACTIVITY));
        List<FilterKey> reference = keysOf(Xapi.with(Xapi.MINIMAL, "object",
                "{'objectType': 'StatementRef', 'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee'}"));
        assertTrue(reference.stream().noneMatch(k -> k.kind() == Kind.ACTIVITY), reference.toString());
    }

    @Test
    void aSubStatementsActorObjectAndContextAreRelated() {
        List<FilterKey> keys = keysOf(Xapi.with(Xapi.MINIMAL, "object", "{'objectType': 'SubStatement',"
                + " 'actor': {'mbox': 'mailto:bo@example.org'}, 'verb': {'id': 'http://adlnet.gov/expapi/verbs/passed'},"
                + " 'object': {'id': 'https://samskab.dk/kurser/frivillighed'},"
                + " 'context': {'instructor': {'mbox': 'mailto:carl@example.org'},"
                + " 'contextActivities': {'parent': {'id': 'https://samskab.dk/forloeb'}}}}"));
        assertTrue(keys.contains(related(Kind.AGENT, "mbox:mailto:bo@example.org")));
        assertTrue(keys.contains(related(Kind.AGENT, "mbox:mailto:carl@example.org")));
        assertTrue(keys.contains(related(Kind.ACTIVITY, "https://samskab.dk/kurser/frivillighed")));
        assertTrue(keys.contains(related(Kind.ACTIVITY, "https://samskab.dk/forloeb")));
        assertTrue(keys.stream().noneMatch(k -> k.value().equals("http://adlnet.gov/expapi/verbs/passed")),
                "only the statement's own verb counts");
    }

    @Test
    void theKeyIsKeptAsTheSha256OfTheValue() {
        FilterKey key = direct(Kind.VERB, "http://adlnet.gov/expapi/verbs/completed");
        assertTrue(key.hash().matches("[0-9a-f]{64}"));
        assertEquals(key.hash(), FilterKey.hash(Json.createValue("http://adlnet.gov/expapi/verbs/completed").getString()));
    }
}
