package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApi;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People and memberships over HTTP, as an HR system keeps them in step: create, look up, update with ETags, and scope. */
class ApiPeopleIT {

    private static ApiWorld world;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
    }

    @Test
    void anHrSystemCreatesLooksUpAndUpdatesAPerson() {
        String email = "Karin.Lund." + world.run + "@Example.dk";
        HttpResponse<String> created = world.writerA.post("/people", """
                {"fullName": "Karin Lund", "email": "%s", "externalId": "HR-%s", "preferredLanguage": "en",
                 "memberships": [{"organisation": "%s", "role": "volunteer"}]}""".formatted(email, world.run, world.a));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject person = TestApi.json(created.body());
        long id = person.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/people/" + id));
        assertTrue(created.headers().allValues("Set-Cookie").isEmpty(), "the API keeps no session");
        assertEquals(email.toLowerCase(), person.getString("email"));
        assertEquals("en", person.getString("preferredLanguage"));
        assertEquals("VOLUNTEER", person.getJsonArray("memberships").getJsonObject(0).getString("role"));

        assertEquals(List.of(id), TestApi.ids(world.writerA.get("/people?externalId=HR-" + world.run)));
        assertEquals(List.of(id), TestApi.ids(world.readerA.get("/people?email=" + email.toLowerCase())));

        HttpResponse<String> read = world.writerA.get("/people/" + id);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> renamed = world.writerA.put("/people/" + id, """
                {"fullName": "Karin Lund Holm", "externalId": "HR-%s", "preferredLanguage": "da"}""".formatted(world.run),
                "If-Match", etag);
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals("Karin Lund Holm", TestApi.json(renamed.body()).getString("fullName"));
        assertNotEquals(etag, renamed.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = world.writerA.put("/people/" + id, """
                {"fullName": "Karin Forældet"}""", "If-Match", etag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("stale-version", TestApi.problem(stale));
        HttpResponse<String> blind = world.writerA.put("/people/" + id, """
                {"fullName": "Karin Blind"}""");
        assertEquals(428, blind.statusCode(), blind.body());
        assertEquals("Karin Lund Holm", TestApi.json(world.writerA.get("/people/" + id).body()).getString("fullName"));
    }

    @Test
    void aClientNeverSeesOrTouchesPeopleOutsideItsScope() {
        long inA = world.person(world.writerA, world.a, "Ole Ansgar");
        long inB = world.person(world.writerB, world.b, "Berit Bang");
        for (String path : List.of("/people/" + inA, "/people/" + inA + "/memberships/1")) {
            HttpResponse<String> response = world.writerB.call(path.contains("memberships") ? "DELETE" : "GET", path, null);
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertEquals("not-found", TestApi.problem(response));
        }
        assertEquals(404, world.writerB.put("/people/" + inA, "{\"fullName\": \"X\"}", "If-Match", "\"1\"").statusCode());
        assertTrue(TestApi.ids(world.writerB.get("/people?limit=500")).contains(inB));
        assertTrue(!TestApi.ids(world.writerB.get("/people?limit=500")).contains(inA));
        // B's client may not attach anyone to A, nor A's person to B.
        HttpResponse<String> attach = world.writerB.post("/people/" + inA + "/memberships", """
                {"organisation": "%s", "role": "VOLUNTEER"}""".formatted(world.b));
        assertEquals(404, attach.statusCode(), attach.body());
        HttpResponse<String> outside = world.writerB.post("/people", """
                {"fullName": "Ude Afsted", "email": "ude.%s@example.dk", "memberships": [{"organisation": "%s", "role": "VOLUNTEER"}]}"""
                .formatted(world.run, world.a));
        assertEquals(422, outside.statusCode(), outside.body());
        // A read-only client reads but changes nothing.
        HttpResponse<String> readOnly = world.readerA.post("/people", """
                {"fullName": "Læse Kun", "email": "laese.%s@example.dk", "memberships": [{"organisation": "%s", "role": "VOLUNTEER"}]}"""
                .formatted(world.run, world.a));
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("read-only-client", TestApi.problem(readOnly));
        assertEquals(200, world.readerA.get("/people/" + inA).statusCode());
    }

    @Test
    void membershipsAreAddedAndRemovedWithinTheScope() {
        TestApi both = TestApi.ofOrganisations(true, world.a, world.b);
        long id = world.person(both, world.a, "Mona Medlem");
        String before = TestApi.json(both.get("/people/" + id).body()).getString("updatedAt");
        HttpResponse<String> added = both.post("/people/" + id + "/memberships", """
                {"organisation": "%s", "role": "VOLUNTEER_COORDINATOR"}""".formatted(world.b));
        assertEquals(201, added.statusCode(), added.body());
        long membership = TestApi.json(added.body()).getJsonNumber("id").longValue();
        assertEquals(200, both.post("/people/" + id + "/memberships", """
                {"organisation": "%s", "role": "VOLUNTEER_COORDINATOR"}""".formatted(world.b)).statusCode(), "added twice is one");
        // A's client sees only the membership in A.
        Set<String> seenByA = TestApi.json(world.writerA.get("/people/" + id).body()).getJsonArray("memberships")
                .getValuesAs(JsonObject.class).stream().map(m -> m.getString("organisation")).collect(Collectors.toSet());
        assertEquals(Set.of(world.a), seenByA);
        String after = TestApi.json(both.get("/people/" + id).body()).getString("updatedAt");
        assertTrue(java.time.Instant.parse(after).isAfter(java.time.Instant.parse(before)), "a sync sees the new membership");
        assertTrue(TestApi.ids(both.get("/people?organisation=" + world.b + "&updatedSince=" + before)).contains(id));
        assertEquals(204, both.delete("/people/" + id + "/memberships/" + membership).statusCode());
        assertEquals(1, TestApi.json(both.get("/people/" + id).body()).getJsonArray("memberships").size());
    }

    @Test
    void everyBadInputGetsItsOwnProblemAndChangesNothing() throws Exception {
        String email = "fejl." + world.run + "@example.dk";
        String good = """
                {"fullName": "Fejl Fri", "email": "%s", "memberships": [{"organisation": "%s", "role": "VOLUNTEER"}]}"""
                .formatted(email, world.a);
        assertProblem(400, "malformed-json", world.writerA.post("/people", good.substring(0, good.length() - 3)));
        assertProblem(400, "unknown-field", world.writerA.post("/people", good.replace("\"fullName\"", "\"nickname\": \"x\", \"fullName\"")));
        assertProblem(400, "wrong-type", world.writerA.post("/people", """
                {"fullName": "Fejl Fri", "email": "%s", "memberships": "oops"}""".formatted(email)));
        HttpResponse<String> missing = world.writerA.post("/people", "{}");
        assertProblem(422, "validation", missing);
        Set<String> fields = TestApi.json(missing.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertEquals(Set.of("fullName", "email", "memberships"), fields);
        assertProblem(422, "validation", world.writerA.post("/people", good.replace(email, "ikke-en-adresse")));
        assertProblem(413, "body-too-large", world.writerA.post("/people", good.replace("Fejl Fri", "F".repeat(100_000))));
        assertProblem(400, "bad-cursor", world.writerA.get("/people?cursor=not-ours"));
        assertProblem(422, "validation", world.writerA.get("/people?limit=100000"));
        assertProblem(422, "validation", world.writerA.get("/people?limit=many"));
        assertProblem(404, "not-found", world.writerA.get("/people/letters-not-an-id"));
        assertProblem(404, "no-such-resource", world.writerA.get("/nothing-here"));
        assertProblem(415, "unsupported-media-type", TestApi.withToken(world.writerA.token(), "POST", "/people", good,
                "Content-Type", "text/plain"));
        try (Connection c = TestAccounts.connect()) {
            assertEquals(0, TestAccounts.single(c, "SELECT COUNT(*) FROM person WHERE email = ?", email));
        }
        HttpResponse<String> ok = world.writerA.post("/people", good);
        assertEquals(201, ok.statusCode(), ok.body());
        assertProblem(409, "person-exists", world.writerA.post("/people", good));
    }

    private static void assertProblem(int status, String slug, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonObject problem = TestApi.json(response.body());
        assertEquals("urn:samskab:problem:" + slug, problem.getString("type"), response.body());
        assertEquals(status, problem.getInt("status"));
        assertNotNull(problem.getString("detail"));
    }
}
