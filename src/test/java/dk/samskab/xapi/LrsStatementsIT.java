package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static dk.samskab.xapi.LrsCalls.header;
import static dk.samskab.xapi.LrsCalls.json;
import static dk.samskab.xapi.LrsCalls.newClient;
import static dk.samskab.xapi.LrsCalls.query;
import static dk.samskab.xapi.LrsCalls.send;

import dk.samskab.testsupport.AtOnce;
import dk.samskab.xapi.LrsCalls.Client;
import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Learning Record Store's Statement and About Resources over HTTP, as an xAPI client reaches
 * them: the version header and Basic credentials, statements stored, fetched, voided and refused,
 * queries paged to the end, and many clients posting at the same moment without a statement lost
 * or doubled. Each test uses ids, agents and activities of its own.
 */
class LrsStatementsIT {

    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted";
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private static Client client;

    @BeforeAll
    static void anLrsClientIsRegistered() throws SQLException {
        client = newClient("Moodle");
    }

    @Test
    void anAdminCreatesAClientOnThePageWhoseSecretWorksUntilTheClientIsDisabled() {
        HttpUser admin = HttpUser.signedIn("admin@demo.samskab.dk", TestAccounts.PASSWORD);
        String empty = adminPost(admin, admin.get("/admin/lrs-clients.xhtml").body(), "lrsClientForm", "lrsClientForm:create",
                "lrsClientForm:name", "   ");
        assertTrue(empty.contains("Giv klienten et navn på 1 til 120 tegn."), "a client needs a name");

        String created = adminPost(admin, admin.get("/admin/lrs-clients.xhtml").body(), "lrsClientForm", "lrsClientForm:create",
                "lrsClientForm:name", "Kommunens e-læringsværktøj");
        Client fromPage = new Client(code(created, "createdKey"), code(created, "createdSecret"));
        assertTrue(code(created, "createdEndpoint").endsWith("/xapi/"), created);
        String id = ids(fromPage.post(statement("mailto:side@example.dk", COMPLETED, "https://example.dk/side", null).build().toString()))
                .get(0);
        assertAnswer(200, fromPage.get(query("statementId", id)));
        assertTrue(admin.get("/admin/audit.xhtml?action=LRS_CLIENT_CREATED").body().contains(fromPage.key()));

        String disabled = adminPost(admin, created, "clientsForm", "clientsForm:clients:0:disable", "disable", fromPage.key());
        assertTrue(disabled.contains("Klienten er slået fra"), "the page says so after its redirect");
        assertAnswer(401, fromPage.get(query("statementId", id)));
        assertTrue(admin.get("/admin/lrs-clients.xhtml").body().contains("Slået fra"));
    }

    /** Posts a form of an admin page with one button and one field, and the page's view state; the answer's body. */
    private static String adminPost(HttpUser admin, String page, String form, String button, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(form, form);
        fields.put(field, value);
        fields.put(button, "x");
        fields.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        HttpResponse<String> answer = admin.post("/admin/lrs-clients.xhtml", fields);
        return answer.statusCode() == 302 ? admin.get("/admin/lrs-clients.xhtml?disabled=true").body() : answer.body();
    }

    private static String code(String page, String id) {
        Matcher found = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]+)<").matcher(page);
        assertTrue(found.find(), id + " on the page");
        return found.group(1).strip();
    }

    private static void assertAnswer(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("1.0.3", header(response, "X-Experience-API-Version"), "every answer names the version");
    }

    private static String message(HttpResponse<String> response) {
        return ((JsonObject) json(response)).getString("message");
    }

    private static String agent(String mbox) {
        return Json.createObjectBuilder().add("mbox", mbox).build().toString();
    }

    /** A statement of an agent (by mbox) doing something to an activity, in a registration; optional extras added after. */
    private static JsonObjectBuilder statement(String mbox, String verb, String activity, String registration) {
        JsonObjectBuilder statement = Json.createObjectBuilder()
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("mbox", mbox))
                .add("verb", Json.createObjectBuilder().add("id", verb).add("display", Json.createObjectBuilder().add("en-US", "did")))
                .add("object", Json.createObjectBuilder().add("objectType", "Activity").add("id", activity));
        if (registration != null) {
            statement.add("context", Json.createObjectBuilder().add("registration", registration));
        }
        return statement;
    }

    private static String voiding(String target) {
        return Json.createObjectBuilder().add("actor", Json.createObjectBuilder().add("mbox", "mailto:admin@samskab.dk"))
                .add("verb", Json.createObjectBuilder().add("id", VOIDED))
                .add("object", Json.createObjectBuilder().add("objectType", "StatementRef").add("id", target)).build().toString();
    }

    private static List<String> ids(HttpResponse<String> posted) {
        assertAnswer(200, posted);
        return ((JsonArray) json(posted)).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** Every statement of a query, following "more" to the end; checks each page's size and headers on the way. */
    private static List<JsonObject> everyPage(Client as, String query, int limit) {
        List<JsonObject> all = new ArrayList<>();
        HttpResponse<String> page = as.get(query);
        for (int pages = 0; pages < 100; pages++) {
            assertAnswer(200, page);
            assertTrue(header(page, "X-Experience-API-Consistent-Through").matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), "consistent through");
            JsonObject result = (JsonObject) json(page);
            List<JsonObject> statements = result.getJsonArray("statements").getValuesAs(JsonObject.class);
            assertTrue(statements.size() <= limit, "a page holds at most the limit: " + statements.size());
            all.addAll(statements);
            String more = result.getString("more");
            if (more.isEmpty()) {
                return all;
            }
            assertTrue(more.startsWith("/xapi/statements?more="), "a relative link with the full path: " + more);
            page = send("GET", more, null, as.headers());
        }
        throw new AssertionError("more than 100 pages");
    }

    private static List<String> idsOf(List<JsonObject> statements) {
        return statements.stream().map(s -> s.getString("id")).toList();
    }

    private static long stored(String registration) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM xapi_statement WHERE registration = ?", registration);
        }
    }

    @Test
    void aboutIsOpenToAnyoneWhateverTheVersionTheyName() {
        for (String[] headers : List.of(new String[0], new String[] {"X-Experience-API-Version", "0.95"})) {
            HttpResponse<String> about = send("GET", "/xapi/about", null, headers);
            assertAnswer(200, about);
            assertEquals(Json.createObjectBuilder().add("version", Json.createArrayBuilder().add("1.0.3")).build(), json(about));
            assertTrue(header(about, "Content-Type").startsWith("application/json"));
        }
        HttpResponse<String> head = send("HEAD", "/xapi/about", null);
        assertAnswer(200, head);
        assertEquals("", head.body());
    }

    @Test
    void everyOtherRequestNeedsAOneDotZeroVersionHeader() {
        for (String version : new String[] {null, "0.95", "1.1.0", "2.0.0"}) {
            List<String> headers = new ArrayList<>(List.of("Authorization", client.authorization()));
            if (version != null) {
                headers.addAll(List.of("X-Experience-API-Version", version));
            }
            HttpResponse<String> refused = send("GET", "/xapi/statements?limit=1", null, headers.toArray(String[]::new));
            assertAnswer(400, refused);
            assertTrue(message(refused).contains(version == null ? "X-Experience-API-Version" : version), refused.body());
        }
        for (String version : new String[] {"1.0", "1.0.0", "1.0.3", "1.0.7"}) {
            assertAnswer(200, send("GET", "/xapi/statements?limit=1", null, "X-Experience-API-Version", version, "Authorization",
                    client.authorization()));
        }
    }

    @Test
    void everyOtherRequestNeedsTheCredentialsOfAnEnabledClient() throws SQLException {
        Client disabled = newClient("Disabled");
        assertAnswer(200, disabled.get("?limit=1"));
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "UPDATE xapi_client SET enabled = FALSE WHERE client_key = ?", disabled.key());
        }
        List<String[]> refused = List.of(new String[] {"X-Experience-API-Version", "1.0.3"},
                new Client(client.key(), "wrong").headers(), new Client("lrs-nobody", TestAccounts.PASSWORD).headers(),
                disabled.headers(), new String[] {"X-Experience-API-Version", "1.0.3", "Authorization", "Bearer " + client.secret()});
        for (String[] headers : refused) {
            HttpResponse<String> response = send("GET", "/xapi/statements?limit=1", null, headers);
            assertAnswer(401, response);
            assertEquals("Basic realm=\"Samskab LRS\"", header(response, "WWW-Authenticate"));
            assertFalse(response.body().contains(client.secret()));
        }
        HttpResponse<String> post = send("POST", "/xapi/statements", "[]", "X-Experience-API-Version", "1.0.3", "Content-Type",
                "application/json");
        assertAnswer(401, post);
    }

    @Test
    void postedStatementsAreStoredWithWhatTheLrsSetsAndFetchedById() {
        String activity = "https://samskab.dk/test/lrs/" + UUID.randomUUID();
        List<String> one = ids(client.post(statement("mailto:anna@example.org", COMPLETED, activity, null).build().toString()));
        assertEquals(1, one.size());
        assertTrue(Formats.isUuid(one.get(0)), "the LRS gives a statement without an id one");

        String given = UUID.randomUUID().toString().toUpperCase();
        JsonArray batch = Json.createArrayBuilder().add(statement("mailto:bo@example.org", ATTEMPTED, activity, null).add("id", given))
                .add(statement("mailto:carl@example.org", COMPLETED, activity, null)
                        .add("authority", Json.createObjectBuilder().add("mbox", "mailto:forged@example.org"))).build();
        List<String> two = ids(client.post(batch.toString()));
        assertEquals(2, two.size());
        assertEquals(given.toLowerCase(), two.get(0), "ids in the order sent, in lower case");

        HttpResponse<String> fetched = client.get(query("statementId", given));
        assertAnswer(200, fetched);
        JsonObject bo = (JsonObject) json(fetched);
        assertEquals(given.toLowerCase(), bo.getString("id"));
        assertEquals("mailto:bo@example.org", bo.getJsonObject("actor").getString("mbox"));
        assertTrue(Formats.isTimestamp(bo.getString("stored")));
        assertEquals(bo.getString("stored"), bo.getString("timestamp"), "no timestamp sent: the stored time");
        assertEquals("1.0.0", bo.getString("version"));
        assertEquals(client.key(), bo.getJsonObject("authority").getJsonObject("account").getString("name"));
        assertTrue(header(fetched, "Content-Type").startsWith("application/json"));
        assertTrue(header(fetched, "X-Experience-API-Consistent-Through") != null);
        assertTrue(header(fetched, "Last-Modified") != null && header(fetched, "ETag").matches("\"[0-9a-f]{40}\""));

        JsonObject carl = (JsonObject) json(client.get(query("statementId", two.get(1))));
        assertEquals(client.key(), carl.getJsonObject("authority").getJsonObject("account").getString("name"),
                "the authority is the client's, whatever the statement claimed");

        HttpResponse<String> head = send("HEAD", "/xapi/statements" + query("statementId", given), null, client.headers());
        assertAnswer(200, head);
        assertEquals("", head.body());
        assertAnswer(404, client.get(query("statementId", UUID.randomUUID().toString())));
    }

    @Test
    void aStatementIsPutOnceAndADifferentOneUnderItsIdIsAConflict() {
        String id = UUID.randomUUID().toString();
        String activity = "https://samskab.dk/test/lrs/" + UUID.randomUUID();
        String original = statement("mailto:anna@example.org", COMPLETED, activity, null).build().toString();
        assertAnswer(204, client.put(id, original));
        assertAnswer(204, client.put(id, original));
        assertAnswer(204, client.put(id.toUpperCase(), statement("mailto:anna@EXAMPLE.org", COMPLETED, activity, null)
                .add("id", id.toUpperCase()).build().toString()));
        assertEquals(List.of(id), ids(client.post(statement("mailto:anna@example.org", COMPLETED, activity, null).add("id", id)
                .build().toString())), "posted again: accepted, nothing changed");

        String different = statement("mailto:anna@example.org", ATTEMPTED, activity, null).build().toString();
        assertAnswer(409, client.put(id, different));
        assertAnswer(409, client.post(statement("mailto:anna@example.org", ATTEMPTED, activity, null).add("id", id).build().toString()));
        assertEquals(COMPLETED, ((JsonObject) json(client.get(query("statementId", id)))).getJsonObject("verb").getString("id"));

        assertAnswer(400, client.put(id, statement("mailto:anna@example.org", COMPLETED, activity, null)
                .add("id", UUID.randomUUID().toString()).build().toString()));
        assertAnswer(400, send("PUT", "/xapi/statements", original, client.headers("Content-Type", "application/json")));
        assertAnswer(400, send("PUT", "/xapi/statements?statementId=" + id + "&verb=" + COMPLETED, original,
                client.headers("Content-Type", "application/json")));
    }

    @Test
    void aRequestWithAnyStatementRefusedStoresNothing() throws SQLException {
        String registration = UUID.randomUUID().toString();
        String valid = UUID.randomUUID().toString();
        JsonArray batch = Json.createArrayBuilder()
                .add(statement("mailto:anna@example.org", COMPLETED, "https://samskab.dk/test/lrs/a", registration).add("id", valid))
                .add(statement("anna@example.org", COMPLETED, "https://samskab.dk/test/lrs/a", registration)).build();
        HttpResponse<String> refused = client.post(batch.toString());
        assertAnswer(400, refused);
        JsonObject problem = ((JsonObject) json(refused)).getJsonArray("problems").getJsonObject(0);
        assertEquals(1, problem.getInt("statement"));
        assertEquals("actor.mbox", problem.getString("path"));
        assertAnswer(404, client.get(query("statementId", valid)));
        assertEquals(0, stored(registration));

        String statement = statement("mailto:anna@example.org", COMPLETED, "https://samskab.dk/test/lrs/a", registration).build().toString();
        String twice = Json.createArrayBuilder().add(statement("mailto:a@example.org", COMPLETED, "https://samskab.dk/a", registration)
                .add("id", valid)).add(statement("mailto:b@example.org", COMPLETED, "https://samskab.dk/b", registration)
                .add("id", valid)).build().toString();
        assertTrue(message(client.post(twice)).contains(valid), "two statements with one id in a request");
        assertTrue(message(client.post(statement.replaceFirst("\\{", "{\"verb\":{\"id\":\"" + ATTEMPTED + "\"},")))
                .contains("verb"), "a property used twice");
        assertAnswer(400, client.post("{\"actor\": "));
        assertAnswer(400, client.post("\"a statement\""));
        assertAnswer(400, send("POST", "/xapi/statements", statement, client.headers("Content-Type", "text/plain")));
        assertTrue(message(send("POST", "/xapi/statements", statement, client.headers("Content-Type", "multipart/mixed; boundary=x")))
                .contains("multipart/mixed"));
        assertAnswer(400, send("POST", "/xapi/statements?verb=" + COMPLETED, statement, client.headers("Content-Type", "application/json")));

        String large = Json.createArrayBuilder(Collections.nCopies(5000, Json.createReader(new StringReader(statement))
                .readObject())).build().toString();
        assertTrue(large.length() > 1024 * 1024);
        assertAnswer(413, client.post(large));
        assertEquals(0, stored(registration));
    }

    @Test
    void aVoidedStatementIsFoundOnlyByVoidedStatementIdAndAVoidingOneCannotBeVoided() {
        String registration = UUID.randomUUID().toString();
        String voided = ids(client.post(statement("mailto:anna@example.org", COMPLETED, "https://samskab.dk/test/lrs/v", registration)
                .build().toString())).get(0);
        assertAnswer(404, client.get(query("voidedStatementId", voided)));
        String voiding = ids(client.post(voiding(voided))).get(0);

        assertAnswer(404, client.get(query("statementId", voided)));
        HttpResponse<String> asVoided = client.get(query("voidedStatementId", voided));
        assertAnswer(200, asVoided);
        assertEquals(voided, ((JsonObject) json(asVoided)).getString("id"));
        assertAnswer(200, client.get(query("statementId", voiding)));
        assertAnswer(404, client.get(query("voidedStatementId", voiding)));
        assertEquals(List.of(voiding), idsOf(everyPage(client, query("registration", registration), 500)),
                "the voided statement is left out, the one voiding it matches through its StatementRef");

        HttpResponse<String> refused = client.post(voiding(voiding));
        assertAnswer(400, refused);
        assertTrue(message(refused).contains("voiding"), refused.body());
        assertAnswer(200, client.get(query("statementId", voiding)));

        // A voiding statement may come first: its target is voided as it arrives.
        String later = UUID.randomUUID().toString();
        ids(client.post(voiding(later)));
        ids(client.post(statement("mailto:anna@example.org", COMPLETED, "https://samskab.dk/test/lrs/v", registration)
                .add("id", later).build().toString()));
        assertAnswer(404, client.get(query("statementId", later)));
        assertAnswer(200, client.get(query("voidedStatementId", later)));
    }

    @Test
    void queriesFilterByAgentVerbActivityRegistrationAndStoredTimeAndPageToTheEnd() throws InterruptedException {
        String run = UUID.randomUUID().toString();
        String registration = UUID.randomUUID().toString();
        String anna = "mailto:anna-" + run + "@example.org";
        String bo = "mailto:bo-" + run + "@example.org";
        String carl = "mailto:carl-" + run + "@example.org";
        String course = "https://samskab.dk/test/lrs/" + run + "/kursus";
        String lesson = "https://samskab.dk/test/lrs/" + run + "/lektion";
        List<JsonObjectBuilder> statements = List.of(
                statement(anna, COMPLETED, course, registration),
                statement(anna, ATTEMPTED, course, null).add("context", Json.createObjectBuilder().add("registration", registration)
                        .add("instructor", Json.createObjectBuilder().add("mbox", carl))),
                statement(anna, COMPLETED, course, registration),
                statement(anna, ATTEMPTED, course, registration),
                statement(anna, COMPLETED, course, registration),
                statement(bo, ATTEMPTED, course, registration),
                statement(bo, COMPLETED, lesson, null).add("context", Json.createObjectBuilder().add("registration", registration)
                        .add("contextActivities", Json.createObjectBuilder().add("parent", Json.createObjectBuilder().add("id", course)))));
        List<String> ids = new ArrayList<>();
        int[][] batches = {{0, 1, 2}, {3, 4}, {5, 6}};
        for (int[] batch : batches) {
            JsonArrayBuilder request = Json.createArrayBuilder();
            for (int i : batch) {
                request.add(statements.get(i));
            }
            ids.addAll(ids(client.post(request.build().toString())));
            Thread.sleep(20);
        }
        List<String> newestFirst = new ArrayList<>(ids);
        Collections.reverse(newestFirst);

        List<JsonObject> all = everyPage(client, query("registration", registration, "limit", "2"), 2);
        assertEquals(newestFirst, idsOf(all), "every statement once, newest first");
        assertEquals(ids, idsOf(everyPage(client, query("registration", registration, "limit", "3", "ascending", "true"), 3)));
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)),
                idsOf(everyPage(client, query("agent", agent(anna), "limit", "2"), 2)));
        assertEquals(List.of(ids.get(4), ids.get(2), ids.get(0)),
                idsOf(everyPage(client, query("agent", agent(anna), "verb", COMPLETED, "limit", "0"), 500)));
        assertEquals(newestFirst.subList(1, 7), idsOf(everyPage(client, query("activity", course, "limit", "4"), 4)));
        assertEquals(newestFirst, idsOf(everyPage(client, query("activity", course, "related_activities", "true"), 500)));
        assertEquals(List.of(), idsOf(everyPage(client, query("agent", agent(carl)), 500)));
        assertEquals(List.of(ids.get(1)), idsOf(everyPage(client, query("agent", agent(carl), "related_agents", "true"), 500)));

        String firstBatch = all.get(6).getString("stored");
        String secondBatch = all.get(2).getString("stored");
        assertNotEquals(firstBatch, secondBatch);
        assertEquals(newestFirst.subList(0, 4),
                idsOf(everyPage(client, query("registration", registration, "since", firstBatch), 500)), "since is exclusive");
        assertEquals(newestFirst.subList(2, 7),
                idsOf(everyPage(client, query("registration", registration, "until", secondBatch), 500)), "until is inclusive");

        assertAnswer(400, client.get(query("registration", registration, "actor", agent(anna))));
        assertAnswer(400, client.get(query("Registration", registration)));
        assertAnswer(400, client.get(query("statementId", ids.get(0), "agent", agent(anna))));
        assertAnswer(400, client.get(query("more", "garbage")));
    }

    @Test
    void theAlternateSyntaxCarriesHeadersAndParametersAsFormFields() {
        String registration = UUID.randomUUID().toString();
        String id = UUID.randomUUID().toString();
        String content = statement("mailto:anna@example.org", COMPLETED, "https://samskab.dk/test/lrs/alt", registration).build().toString();
        String put = "statementId=" + id + "&content=" + URLEncoder.encode(content, StandardCharsets.UTF_8) + "&Authorization="
                + URLEncoder.encode(client.authorization(), StandardCharsets.UTF_8)
                + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson";
        assertAnswer(204, send("POST", "/xapi/statements?method=PUT", put, "Content-Type", "application/x-www-form-urlencoded"));
        String get = "registration=" + registration + "&Authorization=" + URLEncoder.encode(client.authorization(), StandardCharsets.UTF_8)
                + "&X-Experience-API-Version=1.0.3";
        HttpResponse<String> found = send("POST", "/xapi/statements?method=GET", get, "Content-Type", "application/x-www-form-urlencoded");
        assertAnswer(200, found);
        assertEquals(List.of(id), idsOf(((JsonObject) json(found)).getJsonArray("statements").getValuesAs(JsonObject.class)));
        assertAnswer(400, send("POST", "/xapi/statements?method=GET&registration=" + registration, get,
                "Content-Type", "application/x-www-form-urlencoded"));
    }

    @Test
    void twentyClientsPostingAtTheSameMomentKeepEveryStatementOnce() throws Exception {
        int count = 20;
        String registration = UUID.randomUUID().toString();
        String activity = "https://samskab.dk/test/lrs/" + UUID.randomUUID();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clients.add(newClient("Package " + i));
            // Signed in once before: the slow first check of the secret is not what the posts wait for.
            assertAnswer(200, clients.get(i).get("?limit=1"));
        }
        // The same statement from every client, as a package's retry or a forwarding LRS sends it again.
        String shared = UUID.randomUUID().toString();
        JsonObject same = statement("mailto:hold@example.org", COMPLETED, activity, registration).add("id", shared)
                .add("timestamp", "2026-03-01T10:00:00.000Z").build();
        List<List<String>> answers = AtOnce.run(count, i -> {
            JsonArray batch = Json.createArrayBuilder()
                    .add(statement("mailto:learner-" + i + "@example.org", COMPLETED, activity, registration)).add(same).build();
            return ids(clients.get(i).post(batch.toString()));
        });
        Set<String> own = new HashSet<>();
        for (List<String> answer : answers) {
            assertEquals(2, answer.size());
            assertEquals(shared, answer.get(1));
            own.add(answer.get(0));
        }
        assertEquals(count, own.size(), "every client's own statement has an id of its own");
        assertEquals(count + 1, stored(registration), "each statement stored once");
        Set<String> listed = idsOf(everyPage(client, query("registration", registration, "limit", "7"), 7)).stream()
                .collect(Collectors.toSet());
        own.add(shared);
        assertEquals(own, listed);
    }
}
