package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApi;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every API operation against every kind of caller, over HTTP. The ids in the addresses belong to
 * organisation A: a client of A may use them, a client of B or of the Aarhus manager's scope is
 * answered 404 as if they did not exist, a read-only client may only read, and only a client of
 * every organisation may do what only admins do on the pages. Without a token, or with the token
 * of a revoked client, every operation is 401. An operation of the code that is not in the table
 * fails the test, so new ones must be added.
 */
class ApiAccessMatrixIT {

    enum Caller { NO_TOKEN, REVOKED, READER_A, WRITER_A, WRITER_B, MANAGER, ALL }

    /** One operation: method, template (with the ids filled in per caller) and body, and the status each caller gets. */
    record Row(String method, String template, Function<Caller, String> path, Function<Caller, String> body, Map<Caller, Set<Integer>> expected) {
    }

    private static ApiWorld world;
    private static Map<Caller, TestApi> clients;
    private static long person;
    private static long cohort;
    private static long enrolment;
    private static String certificate;

    @BeforeAll
    static void world() throws Exception {
        world = new ApiWorld();
        TestApi revoked = TestApi.ofOrganisations(true, world.a);
        revoked.token();
        revoked.revoke();
        clients = new EnumMap<>(Caller.class);
        clients.put(Caller.REVOKED, revoked);
        clients.put(Caller.READER_A, world.readerA);
        clients.put(Caller.WRITER_A, world.writerA);
        clients.put(Caller.WRITER_B, world.writerB);
        clients.put(Caller.MANAGER, TestApi.client("MANAGER", true, 100_000, "jens@demo.samskab.dk"));
        clients.put(Caller.ALL, world.all);
        person = world.person(world.all, world.a, "Matrix Person");
        cohort = world.cohort("FAC-102", null, world.a);
        enrolment = enrol(world.person(world.all, world.a, "Matrix Deltager"));
        certificate = ("MX" + world.run.toUpperCase() + "ZZZZZZZZZZZZZZ").substring(0, 16);
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "INSERT INTO certificate (enrolment_id, verification_code, issued_at) VALUES (?, ?, CURRENT_TIMESTAMP(3))",
                    enrolment, certificate);
        }
    }

    private static final Set<Integer> OK = Set.of(200);

    private static Map<Caller, Set<Integer>> readAll() {
        return expect(OK, OK, OK, OK, OK);
    }

    private static Map<Caller, Set<Integer>> readA() {
        return expect(OK, OK, Set.of(404), Set.of(404), OK);
    }

    /** A write within A: the reader is refused, the clients without A find nothing, A's writer and the all-client succeed. */
    private static Map<Caller, Set<Integer>> writeA(Set<Integer> success, int outsider) {
        return expect(Set.of(403), success, Set.of(outsider), Set.of(outsider), success);
    }

    private static Map<Caller, Set<Integer>> adminOnly(Set<Integer> success) {
        return expect(Set.of(403), Set.of(403), Set.of(403), Set.of(403), success);
    }

    private static Map<Caller, Set<Integer>> expect(Set<Integer> readerA, Set<Integer> writerA, Set<Integer> writerB,
            Set<Integer> manager, Set<Integer> all) {
        Map<Caller, Set<Integer>> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.NO_TOKEN, Set.of(401));
        expected.put(Caller.REVOKED, Set.of(401));
        expected.put(Caller.READER_A, readerA);
        expected.put(Caller.WRITER_A, writerA);
        expected.put(Caller.WRITER_B, writerB);
        expected.put(Caller.MANAGER, manager);
        expected.put(Caller.ALL, all);
        return expected;
    }

    private static Row row(String method, String template, Function<Caller, String> path, Function<Caller, String> body,
            Map<Caller, Set<Integer>> expected) {
        return new Row(method, template, path, body, expected);
    }

    private static Row get(String template, String path, Map<Caller, Set<Integer>> expected) {
        return row("GET", template, c -> path, c -> null, expected);
    }

    private static List<Row> table() {
        String a = world.a;
        String newPerson = "{\"fullName\": \"Ny Matrix\", \"email\": \"ny.%s@example.dk\", \"memberships\": [{\"organisation\": \"" + a
                + "\", \"role\": \"VOLUNTEER\"}]}";
        String cohortChange = "{\"name\": \"Matrixhold\", \"startsOn\": \"2027-01-04\", \"endsOn\": \"2027-03-01\"}";
        return List.of(
                get("/organisations", "/organisations", readAll()),
                get("/organisations/{code}", "/organisations/" + a, readA()),
                row("POST", "/organisations", c -> "/organisations", c -> "{\"code\": \"mx-" + System.nanoTime()
                        + "\", \"name\": \"Matrix\", \"type\": \"VOLUNTEER_CENTRE\"}", adminOnly(Set.of(201))),
                row("PUT", "/organisations/{code}", c -> "/organisations/" + a, c -> "{\"name\": \"Frivilligforening A\", \"region\": \"MIDTJYLLAND\"}",
                        adminOnly(OK)),
                get("/people", "/people", readAll()),
                get("/people/{id}", "/people/" + person, readA()),
                row("POST", "/people", c -> "/people", c -> newPerson.formatted(System.nanoTime()), writeA(Set.of(201), 422)),
                row("PUT", "/people/{id}", c -> "/people/" + person, c -> "{\"fullName\": \"Matrix Person\"}", writeA(OK, 404)),
                row("POST", "/people/{id}/memberships", c -> "/people/" + person + "/memberships",
                        c -> "{\"organisation\": \"" + a + "\", \"role\": \"LEADER\"}", writeA(Set.of(200, 201), 404)),
                row("DELETE", "/people/{id}/memberships/{membershipId}", c -> "/people/" + person + "/memberships/" + leadership(),
                        c -> null, writeA(Set.of(204), 404)),
                get("/courses", "/courses", readAll()),
                get("/courses/{code}", "/courses/FAC-102", readAll()),
                get("/courses/{code}/versions", "/courses/FAC-102/versions", readAll()),
                get("/cohorts", "/cohorts", readAll()),
                get("/cohorts/{id}", "/cohorts/" + cohort, readA()),
                row("POST", "/cohorts", c -> "/cohorts", c -> "{\"course\": \"FAC-102\", \"name\": \"Matrixhold\", \"startsOn\": \"2027-01-04\","
                        + " \"endsOn\": \"2027-03-01\", \"organisations\": [\"" + a + "\"]}", adminOnly(Set.of(201))),
                row("PUT", "/cohorts/{id}", c -> "/cohorts/" + cohort, c -> cohortChange, adminOnly(OK)),
                get("/enrolments", "/enrolments", readAll()),
                get("/enrolments/{id}", "/enrolments/" + enrolment, readA()),
                row("POST", "/enrolments", c -> "/enrolments", c -> "{\"person\": " + world.person(world.all, a, "Matrix " + c)
                        + ", \"cohort\": " + cohort + "}", writeA(Set.of(201), 404)),
                row("POST", "/enrolments/{id}/withdrawal", c -> "/enrolments/" + enrol(world.person(world.all, a, "Matrix Udtræder"))
                        + "/withdrawal", c -> null, writeA(OK, 404)),
                get("/completions", "/completions", readAll()),
                get("/certificates/{code}", "/certificates/" + certificate, readA()),
                get("/reports/dashboard", "/reports/dashboard", readAll()),
                row("GET", "/oauth/jwks", c -> "/oauth/jwks", c -> null, open()));
    }

    /** The key set is public: anyone may check a token's signature. */
    private static Map<Caller, Set<Integer>> open() {
        Map<Caller, Set<Integer>> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, OK);
        }
        return expected;
    }

    /** Operations covered by their own tests: the token endpoint authenticates by client secret (ApiAuthenticationIT). */
    private static final Set<String> ELSEWHERE = Set.of("POST /oauth/token");

    @Test
    void everyOperationAnswersEveryKindOfCallerAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Row row : table()) {
            for (Caller caller : Caller.values()) {
                String path = row.path().apply(caller);
                String body = row.body().apply(caller);
                String[] headers = row.method().equals("PUT") ? new String[] {"If-Match", "*"} : new String[0];
                HttpResponse<String> response = caller == Caller.NO_TOKEN
                        ? TestApi.withToken(null, row.method(), path, body, headers)
                        : clients.get(caller).call(row.method(), path, body, headers);
                if (!row.expected().get(caller).contains(response.statusCode())) {
                    wrong.add(caller + " " + row.method() + " " + path + ": " + response.statusCode() + " " + response.body());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationOfTheCodeIsInTheTable() {
        Set<String> inTable = new TreeSet<>();
        table().forEach(row -> inTable.add(row.method() + " " + row.template()));
        inTable.addAll(ELSEWHERE);
        Set<String> inCode = new TreeSet<>();
        for (Class<?> type : new ApiApplication().getClasses()) {
            Path base = type.getAnnotation(Path.class);
            for (Method method : base == null ? new Method[0] : type.getMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        String sub = method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "";
                        inCode.add(http.value() + " " + ("/" + base.value() + "/" + sub).replaceAll("/+", "/").replaceAll("(.)/$", "$1"));
                    }
                }
            }
        }
        assertEquals(inCode, inTable);
    }

    private static long enrol(long person) {
        HttpResponse<String> created = world.all.post("/enrolments", "{\"person\": " + person + ", \"cohort\": " + cohort + "}");
        assertEquals(201, created.statusCode(), created.body());
        return TestApi.json(created.body()).getJsonNumber("id").longValue();
    }

    /** A fresh LEADER membership of the matrix person in A, for one caller's attempt to remove it. */
    private static long leadership() {
        HttpResponse<String> added = world.all.post("/people/" + person + "/memberships", "{\"organisation\": \"" + world.a
                + "\", \"role\": \"LEADER\"}");
        return TestApi.json(added.body()).getJsonNumber("id").longValue();
    }
}
