package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApi;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cohorts, enrolments and results over HTTP, as a student system enrols people and a data warehouse reads what they achieved. */
class ApiEnrolmentIT {

    private static ApiWorld world;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
    }

    @Test
    void enrolmentsFillSeatsThenTheWaitlistAndAWithdrawalPromotesTheNext() {
        long cohort = world.cohort("FAC-102", 1, world.a);
        long first = world.person(world.writerA, world.a, "Anna Først");
        long second = world.person(world.writerA, world.a, "Bo Anden");
        JsonObject seated = enrol(world.writerA, first, cohort, null);
        assertEquals("ENROLLED", seated.getString("status"));
        JsonObject waiting = enrol(world.writerA, second, cohort, null);
        assertEquals("WAITLISTED", waiting.getString("status"));
        assertEquals(1, waiting.getInt("waitlistPosition"));

        HttpResponse<String> again = world.writerA.post("/enrolments", body(first, cohort));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("already-enrolled", TestApi.problem(again));
        HttpResponse<String> inDanish = world.writerA.post("/enrolments", body(first, cohort), "Accept-Language", "da");
        assertEquals("Personen er allerede tilmeldt kurset (eller venter på en plads eller en afgørelse).",
                TestApi.json(inDanish.body()).getString("detail"));

        List<Long> listed = TestApi.ids(world.readerA.get("/enrolments?cohort=" + cohort));
        assertEquals(List.of(seated.getJsonNumber("id").longValue(), waiting.getJsonNumber("id").longValue()), listed);

        HttpResponse<String> withdrawn = world.writerA.post("/enrolments/" + seated.getJsonNumber("id") + "/withdrawal", null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", TestApi.json(withdrawn.body()).getString("status"));
        JsonObject promoted = TestApi.json(world.writerA.get("/enrolments/" + waiting.getJsonNumber("id")).body());
        assertEquals("ENROLLED", promoted.getString("status"));
        assertFalse(promoted.containsKey("waitlistPosition"));

        JsonObject numbers = TestApi.json(world.readerA.get("/cohorts/" + cohort).body());
        assertEquals(1, numbers.getInt("enrolled"));
        assertEquals(0, numbers.getInt("seatsLeft"));
    }

    @Test
    void aRetriedEnrolmentWithTheSameKeyCreatesOneEnrolmentEvenWhenTheRetriesRace() throws Exception {
        long cohort = world.cohort("FAC-102", 30, world.a);
        long person = world.person(world.writerA, world.a, "Carl Samtidig");
        String key = "enrol-" + world.run;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<HttpResponse<String>> call = () -> world.writerA.post("/enrolments", body(person, cohort), "Idempotency-Key", key);
            calls.add(pool.submit(call));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            assertEquals(201, response.statusCode(), response.body());
            ids.add(TestApi.json(response.body()).getJsonNumber("id").longValue());
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM enrolment WHERE person_id = ? AND cohort_id = ?", person, cohort));
        }
        HttpResponse<String> replayed = world.writerA.post("/enrolments", body(person, cohort), "Idempotency-Key", key);
        assertEquals("true", replayed.headers().firstValue("Idempotent-Replayed").orElse(""));
        HttpResponse<String> reused = world.writerA.post("/enrolments", body(person, cohort + 1), "Idempotency-Key", key);
        assertEquals(422, reused.statusCode(), reused.body());
        assertEquals("idempotency-key-reused", TestApi.problem(reused));
    }

    @Test
    void cohortsAreChangedOnlyWithTheirCurrentVersionAndOnlyByAClientOfEveryOrganisation() {
        long cohort = world.cohort("FAC-102", 10, world.a, world.b);
        HttpResponse<String> read = world.all.get("/cohorts/" + cohort);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String change = """
                {"name": "API-hold flyttet", "startsOn": "%s", "endsOn": "%s", "capacity": CAPACITY}"""
                .formatted(java.time.LocalDate.now().plusDays(7), java.time.LocalDate.now().plusWeeks(10));
        HttpResponse<String> changed = world.all.put("/cohorts/" + cohort, change.replace("CAPACITY", "12"), "If-Match", etag);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(12, TestApi.json(changed.body()).getInt("capacity"));
        HttpResponse<String> stale = world.all.put("/cohorts/" + cohort, change.replace("CAPACITY", "14"), "If-Match", etag);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(12, TestApi.json(world.writerB.get("/cohorts/" + cohort).body()).getInt("capacity"));
        HttpResponse<String> narrow = world.writerA.put("/cohorts/" + cohort, change.replace("CAPACITY", "12"), "If-Match",
                changed.headers().firstValue("ETag").orElseThrow());
        assertEquals(403, narrow.statusCode(), narrow.body());
        assertEquals("scope-too-narrow", TestApi.problem(narrow));
        HttpResponse<String> backwards = world.all.put("/cohorts/" + cohort, """
                {"name": "Baglæns", "startsOn": "2027-03-01", "endsOn": "2027-02-01"}""", "If-Match",
                changed.headers().firstValue("ETag").orElseThrow());
        assertEquals(422, backwards.statusCode(), backwards.body());
        long onlyA = world.cohort("FAC-102", 10, world.a);
        assertEquals(404, world.writerB.get("/cohorts/" + onlyA).statusCode());
        assertFalse(TestApi.ids(world.writerB.get("/cohorts?limit=500&course=FAC-102")).contains(onlyA));
        assertTrue(TestApi.ids(world.writerB.get("/cohorts?limit=500&course=FAC-102")).contains(cohort));
    }

    @Test
    void aDataWarehouseReadsCompletionsGradesCreditsAndCertificatesOfItsScopeOnly() throws Exception {
        long cohort = world.cohort("FAC-102", null, world.a);
        long person = world.person(world.writerA, world.a, "Dorthe Færdig");
        long enrolment = enrol(world.writerA, person, cohort, null).getJsonNumber("id").longValue();
        String code = ("API" + world.run.toUpperCase() + "XXXXXXXXXXXXX").substring(0, 16);
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "UPDATE enrolment SET status = 'COMPLETED', completed_at = CURRENT_TIMESTAMP(3),"
                    + " updated_at = CURRENT_TIMESTAMP(3) WHERE id = ?", enrolment);
            TestAccounts.update(c, "INSERT INTO credit_award (enrolment_id, provider_id, ects, grade, ects_letter, awarded_on)"
                    + " SELECT ?, o.id, 2.5, '10', 'B', CURRENT_DATE FROM organisation o WHERE o.code = 'kp'", enrolment);
            TestAccounts.update(c, "INSERT INTO certificate (enrolment_id, verification_code, issued_at) VALUES (?, ?, CURRENT_TIMESTAMP(3))",
                    enrolment, code);
        }
        HttpResponse<String> completions = world.readerA.get("/completions?person=" + person);
        assertEquals(200, completions.statusCode(), completions.body());
        List<JsonObject> items = TestApi.json(completions.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, items.size());
        JsonObject completion = items.get(0);
        assertEquals("10", completion.getString("grade"));
        assertEquals(2.5, completion.getJsonNumber("ects").doubleValue());
        assertEquals("B", completion.getString("ectsLetter"));
        assertTrue(completion.getJsonObject("certificate").getString("verificationUrl").endsWith("/verify/" + code));
        assertEquals(200, world.readerA.get("/certificates/" + code).statusCode());
        assertEquals(404, world.writerB.get("/certificates/" + code).statusCode());
        assertTrue(TestApi.json(world.writerB.get("/completions?person=" + person).body()).getJsonArray("items").isEmpty());
        // A nightly sync from a moment after the completion finds nothing new.
        String later = java.time.Instant.now().plusSeconds(5).toString();
        assertTrue(TestApi.json(world.readerA.get("/completions?updatedSince=" + later).body()).getJsonArray("items").isEmpty());
    }

    @Test
    void aLongListIsReadPageByPageWithoutGapsOrRepeats() {
        Set<Long> made = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            made.add(world.person(world.writerA, world.a, "Side Person " + (char) ('A' + i)));
        }
        List<Long> read = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = world.readerA.get("/people?organisation=" + world.a + "&limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertEquals(200, page.statusCode(), page.body());
            read.addAll(TestApi.ids(page));
            JsonObject body = TestApi.json(page.body());
            cursor = body.containsKey("nextCursor") && !body.isNull("nextCursor") ? body.getString("nextCursor") : null;
        } while (cursor != null);
        assertEquals(read.size(), new HashSet<>(read).size(), "no repeats");
        assertTrue(read.containsAll(made), "no gaps");
    }

    private static String body(long person, long cohort) {
        return "{\"person\": " + person + ", \"cohort\": " + cohort + "}";
    }

    private static JsonObject enrol(TestApi client, long person, long cohort, String key) {
        HttpResponse<String> response = key == null ? client.post("/enrolments", body(person, cohort))
                : client.post("/enrolments", body(person, cohort), "Idempotency-Key", key);
        assertEquals(201, response.statusCode(), response.body());
        return TestApi.json(response.body());
    }
}
