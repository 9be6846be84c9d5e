package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samskab.testsupport.TestApi;
import java.net.http.HttpResponse;

/**
 * Two fresh organisations, A and B, made through the API by a client of every organisation, and
 * clients scoped to each: what a municipality's HR system and its neighbour's would have.
 */
final class ApiWorld {

    final String run = Long.toString(System.nanoTime(), 36);
    final TestApi all = TestApi.all();
    final String a = "api-a-" + run;
    final String b = "api-b-" + run;
    final TestApi writerA;
    final TestApi readerA;
    final TestApi writerB;

    ApiWorld() {
        organisation(a, "Frivilligforening A " + run);
        organisation(b, "Frivilligforening B " + run);
        writerA = TestApi.ofOrganisations(true, a);
        readerA = TestApi.ofOrganisations(false, a);
        writerB = TestApi.ofOrganisations(true, b);
    }

    private void organisation(String code, String name) {
        HttpResponse<String> created = all.post("/organisations", """
                {"code": "%s", "name": "%s", "type": "VOLUNTEER_ORGANISATION", "region": "MIDTJYLLAND"}""".formatted(code, name));
        assertEquals(201, created.statusCode(), created.body());
    }

    /** A new person in the organisation, made by the client; returns the person's id. */
    long person(TestApi client, String organisation, String name) {
        String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + System.nanoTime() + "@example.dk";
        HttpResponse<String> created = client.post("/people", """
                {"fullName": "%s", "email": "%s", "memberships": [{"organisation": "%s", "role": "VOLUNTEER"}]}"""
                .formatted(name, email, organisation));
        assertEquals(201, created.statusCode(), created.body());
        return TestApi.json(created.body()).getJsonNumber("id").longValue();
    }

    /** A new cohort of the course shared with the organisations, made by the client of every organisation. */
    long cohort(String course, Integer capacity, String... organisations) {
        String codes = String.join("\", \"", organisations);
        HttpResponse<String> created = all.post("/cohorts", """
                {"course": "%s", "name": "API-hold %s", "startsOn": "%s", "endsOn": "%s", "capacity": %s, "organisations": ["%s"]}"""
                .formatted(course, System.nanoTime(), java.time.LocalDate.now(), java.time.LocalDate.now().plusWeeks(8),
                        capacity == null ? "null" : capacity, codes));
        assertEquals(201, created.statusCode(), created.body());
        return TestApi.json(created.body()).getJsonNumber("id").longValue();
    }
}
