package dk.samskab.xapi;

import static dk.samskab.xapi.LrsCalls.header;
import static dk.samskab.xapi.LrsCalls.json;
import static dk.samskab.xapi.LrsCalls.newClient;
import static dk.samskab.xapi.LrsCalls.query;
import static dk.samskab.xapi.LrsCalls.send;
import static dk.samskab.xapi.LrsCalls.sendBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.AtOnce;
import dk.samskab.xapi.LrsCalls.Client;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LRS's document resources (State, Activity Profile, Agent Profile) and its Agents and
 * Activities Resources over HTTP, as an xAPI client uses them: documents written, read with their
 * ETags, merged, listed and deleted; the preconditions of Communication 3.1; parallel writers that
 * neither lose a merge nor both win against one ETag. Every test has activities of its own.
 */
class LrsDocumentsIT {

    private static Client client;

    @BeforeAll
    static void anLrsClientIsRegistered() throws SQLException {
        client = newClient("Dokumenter");
    }

    private static String activity() {
        return "https://kursus.example.dk/aktivitet/" + UUID.randomUUID();
    }

    private static String agent(String name) {
        return Json.createObjectBuilder().add("objectType", "Agent")
                .add("account", Json.createObjectBuilder().add("homePage", "https://samskab.example.dk").add("name", name)).build().toString();
    }

    private static HttpResponse<String> call(String method, String resourceAndQuery, String body, String... headers) {
        return send(method, "/xapi/" + resourceAndQuery, body, client.headers(headers));
    }

    private static void assertStatus(int status, HttpResponse<?> answer) {
        assertEquals(status, answer.statusCode(), () -> answer.body() instanceof byte[] b ? new String(b, StandardCharsets.UTF_8)
                : String.valueOf(answer.body()));
    }

    private static String etag(byte[] content) throws Exception {
        return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content)) + "\"";
    }

    private static Set<String> idsIn(HttpResponse<String> answer) {
        assertStatus(200, answer);
        return ((JsonArray) json(answer)).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(Collectors.toSet());
    }

    @Test
    void aStateIsWrittenReadListedAndDeletedWithinItsActivityAgentAndRegistration() throws Exception {
        String activity = activity();
        String anna = agent("anna");
        String registration = UUID.randomUUID().toString();
        String scope = query("activityId", activity, "agent", anna, "registration", registration);
        String bookmark = "{\"side\":4,\"svar\":[\"borgere\",\"foreninger\"]}";

        assertStatus(204, call("PUT", "activities/state" + scope + "&stateId=bogmaerke", bookmark, "Content-Type", "application/json"));
        HttpResponse<String> read = call("GET", "activities/state" + scope + "&stateId=bogmaerke", null);
        assertStatus(200, read);
        assertEquals(bookmark, read.body(), "the document comes back exactly as it was sent");
        assertTrue(header(read, "Content-Type").startsWith("application/json"));
        assertEquals(etag(bookmark.getBytes(StandardCharsets.UTF_8)), header(read, "ETag"));
        assertTrue(header(read, "Last-Modified") != null);

        byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 10, 13};
        assertStatus(204, sendBytes("PUT", "/xapi/activities/state" + scope + "&stateId=billede", picture,
                client.headers("Content-Type", "image/png")));
        HttpResponse<byte[]> image = sendBytes("GET", "/xapi/activities/state" + scope + "&stateId=billede", null, client.headers());
        assertStatus(200, image);
        assertArrayEquals(picture, image.body(), "bytes of no text type are kept as sent");
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());

        assertEquals(Set.of("bogmaerke", "billede"), idsIn(call("GET", "activities/state" + scope, null)));
        assertEquals(Set.of(), idsIn(call("GET", "activities/state" + scope + "&since=2999-01-01T00:00:00Z", null)));
        assertEquals(Set.of("bogmaerke", "billede"), idsIn(call("GET", "activities/state" + scope + "&since=2020-01-01T00:00:00Z", null)));
        assertStatus(404, call("GET", "activities/state" + query("activityId", activity, "agent", anna, "registration",
                UUID.randomUUID().toString(), "stateId", "bogmaerke"), null));
        assertStatus(404, call("GET", "activities/state" + query("activityId", activity, "agent", agent("bo"), "registration",
                registration, "stateId", "bogmaerke"), null));

        String bosScope = query("activityId", activity, "agent", agent("bo"));
        assertStatus(204, call("PUT", "activities/state" + bosScope + "&stateId=bogmaerke", "side 2", "Content-Type", "text/plain"));
        assertStatus(204, call("DELETE", "activities/state" + scope + "&stateId=billede", null));
        assertStatus(404, call("GET", "activities/state" + scope + "&stateId=billede", null));
        assertStatus(204, call("DELETE", "activities/state" + scope, null));
        assertEquals(Set.of(), idsIn(call("GET", "activities/state" + scope, null)), "the whole scope is deleted");
        assertEquals("side 2", call("GET", "activities/state" + bosScope + "&stateId=bogmaerke", null).body(),
                "another agent's state is untouched");
    }

    @Test
    void aPostMergesJsonObjectsAndRefusesToMergeAnythingElse() {
        String scope = query("activityId", activity(), "agent", agent("carl"));
        assertStatus(204, call("POST", "activities/state" + scope + "&stateId=svar", "{\"a\":1,\"b\":{\"x\":1}}",
                "Content-Type", "application/json"));
        assertStatus(204, call("POST", "activities/state" + scope + "&stateId=svar", "{\"b\":{\"y\":2},\"c\":\"tre\"}",
                "Content-Type", "application/json"));
        JsonObject merged = (JsonObject) json(call("GET", "activities/state" + scope + "&stateId=svar", null));
        assertEquals(Json.createObjectBuilder().add("a", 1).add("b", Json.createObjectBuilder().add("y", 2)).add("c", "tre").build(),
                merged, "the top-level properties sent replace the stored ones");

        assertStatus(400, call("POST", "activities/state" + scope + "&stateId=svar", "[1,2]", "Content-Type", "application/json"));
        assertStatus(400, call("POST", "activities/state" + scope + "&stateId=svar", "{\"a\":", "Content-Type", "application/json"));
        assertStatus(204, call("PUT", "activities/state" + scope + "&stateId=note", "en note", "Content-Type", "text/plain"));
        assertStatus(400, call("POST", "activities/state" + scope + "&stateId=note", "{\"a\":1}", "Content-Type", "application/json"));
        assertEquals("en note", call("GET", "activities/state" + scope + "&stateId=note", null).body(), "nothing half-written");
        assertEquals(merged, json(call("GET", "activities/state" + scope + "&stateId=svar", null)));
    }

    @Test
    void aProfileIsReplacedOnlyWithTheETagOfTheVersionItReplaces() throws Exception {
        String profile = "activities/profile" + query("activityId", activity(), "profileId", "indstillinger");
        assertStatus(204, call("PUT", profile, "{\"sprog\":\"da\"}", "Content-Type", "application/json"));
        HttpResponse<String> conflict = call("PUT", profile, "{\"sprog\":\"en\"}", "Content-Type", "application/json");
        assertStatus(409, conflict);
        assertTrue(((JsonObject) json(conflict)).getString("message").contains("If-Match"), conflict.body());
        assertStatus(412, call("PUT", profile, "{\"sprog\":\"en\"}", "Content-Type", "application/json", "If-Match", "\"" + "0".repeat(40) + "\""));
        assertStatus(412, call("PUT", profile, "{\"sprog\":\"en\"}", "Content-Type", "application/json", "If-None-Match", "*"));
        String current = header(call("GET", profile, null), "ETag");
        assertEquals(etag("{\"sprog\":\"da\"}".getBytes(StandardCharsets.UTF_8)), current);
        assertStatus(204, call("PUT", profile, "{\"sprog\":\"en\"}", "Content-Type", "application/json", "If-Match", current));
        assertEquals("{\"sprog\":\"en\"}", call("GET", profile, null).body());
        assertStatus(412, call("DELETE", profile, null, "If-Match", current));
        assertStatus(204, call("DELETE", profile, null));
        assertStatus(404, call("GET", profile, null));

        String agentProfile = "agents/profile" + query("agent", agent("dorte"), "profileId", "cmi5LearnerPreferences");
        assertStatus(204, call("PUT", agentProfile, "{\"languagePreference\":\"da-DK\"}", "Content-Type", "application/json",
                "If-None-Match", "*"));
        assertStatus(409, call("PUT", agentProfile, "{}", "Content-Type", "application/json"));
        assertEquals(Set.of("cmi5LearnerPreferences"), idsIn(call("GET", "agents/profile" + query("agent", agent("dorte")), null)));
    }

    @Test
    void parallelWritersNeitherLoseAMergeNorBothWinAgainstOneETag() throws Exception {
        String state = "activities/state" + query("activityId", activity(), "agent", agent("eva"), "stateId", "fremskridt");
        int writers = 12;
        List<Integer> merges = AtOnce.run(writers, w -> call("POST", state, "{\"side" + w + "\":true}",
                "Content-Type", "application/json").statusCode());
        assertEquals(java.util.Collections.nCopies(writers, 204), merges);
        assertEquals(writers, ((JsonObject) json(call("GET", state, null))).size(), "every writer's property is there");

        String profile = "activities/profile" + query("activityId", activity(), "profileId", "udgave");
        assertStatus(204, call("PUT", profile, "udgave 0", "Content-Type", "text/plain"));
        String first = header(call("GET", profile, null), "ETag");
        List<Integer> replaces = AtOnce.run(writers, w -> call("PUT", profile, "udgave " + (w + 1), "Content-Type", "text/plain",
                "If-Match", first).statusCode());
        assertEquals(1, replaces.stream().filter(s -> s == 204).count(), replaces.toString());
        assertEquals(writers - 1, replaces.stream().filter(s -> s == 412).count(), replaces.toString());
        int winner = replaces.indexOf(204) + 1;
        assertEquals("udgave " + winner, call("GET", profile, null).body());
    }

    @Test
    void badParametersAreRefusedWithTheReason() {
        String activity = activity();
        HttpResponse<String> noAgent = call("GET", "activities/state" + query("activityId", activity, "stateId", "x"), null);
        assertStatus(400, noAgent);
        assertTrue(noAgent.body().contains("agent"), noAgent.body());
        assertStatus(400, call("PUT", "activities/state" + query("activityId", activity, "agent", agent("f")), "{}",
                "Content-Type", "application/json"));
        assertStatus(400, call("GET", "activities/state" + query("activityId", "ikke en iri", "agent", agent("f")), null));
        assertStatus(400, call("GET", "activities/state" + query("activityId", activity, "agent", "{\"navn\":\"f\"}"), null));
        assertStatus(400, call("GET", "activities/state" + query("activityId", activity, "agent", agent("f"), "registration", "nej"), null));
        assertStatus(400, call("GET", "activities/state" + query("activityId", activity, "agent", agent("f"), "stateid", "x"), null));
        assertStatus(400, call("GET", "activities/profile" + query("activityId", activity, "profileId", "x", "since",
                "2020-01-01T00:00:00Z"), null));
        assertStatus(400, call("DELETE", "activities/profile" + query("activityId", activity), null));
        assertStatus(405, call("PATCH", "activities/profile" + query("activityId", activity, "profileId", "x"), "{}"));
        assertStatus(401, send("GET", "/xapi/activities/state" + query("activityId", activity, "agent", agent("f")), null,
                "X-Experience-API-Version", "1.0.3"));
    }

    @Test
    void theAgentsAndActivitiesResourcesDescribeWhatTheLrsKnows() {
        String activity = activity();
        JsonObject statement = Json.createObjectBuilder()
                .add("actor", Json.createObjectBuilder().add("mbox", "mailto:gitte@example.dk"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/experienced"))
                .add("object", Json.createObjectBuilder().add("id", activity).add("definition", Json.createObjectBuilder()
                        .add("name", Json.createObjectBuilder().add("da-DK", "Tavshed i praksis").add("en-US", "Silence in practice"))))
                .build();
        assertStatus(200, client.post(statement.toString()));
        JsonObject known = (JsonObject) json(call("GET", "activities" + query("activityId", activity), null));
        assertEquals("Activity", known.getString("objectType"));
        assertEquals("Tavshed i praksis", known.getJsonObject("definition").getJsonObject("name").getString("da-DK"));
        String unknown = activity();
        assertEquals(Json.createObjectBuilder().add("objectType", "Activity").add("id", unknown).build(),
                json(call("GET", "activities" + query("activityId", unknown), null)));

        JsonObject person = (JsonObject) json(call("GET", "agents" + query("agent", "{\"mbox\":\"mailto:gitte@example.dk\"}"), null));
        assertEquals("Person", person.getString("objectType"));
        assertEquals("mailto:gitte@example.dk", person.getJsonArray("mbox").getString(0));
        assertStatus(400, call("GET", "agents", null));
        assertStatus(404, call("GET", "nothing-here", null));
    }
}
