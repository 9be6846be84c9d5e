package dk.samskab.web;

import static dk.samskab.testsupport.ElearningCourse.GEOLOGY;
import static dk.samskab.testsupport.ElearningCourse.MODULE_2;
import static dk.samskab.testsupport.ElearningCourse.TIN_CAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.AtOnce;
import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.ElearningCourse;
import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.testsupport.XapiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cmi5 and Tin Can launches over HTTP, as the lesson page, the content's library and the LRS
 * meet: the launch parameters, the one-time fetch, the launch data, statements that may and may not
 * be sent with a session's token, moveOn and masteryScore deciding the lesson, and the LMS's own
 * launched, abandoned and satisfied statements.
 */
class XapiLaunchIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern LAUNCH = Pattern.compile("id=\"elearningLaunch0\" class=\"elearning__item\" href=\"([^\"]+)\"");
    private static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
    private static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";

    private static XapiClient reader;

    @BeforeAll
    static void theCourseIsPublished() throws SQLException {
        try (Browser browser = new Browser(TestApplication.baseUrl())) {
            ElearningCoursePublisher.publish(browser);
        }
        try (Connection c = TestAccounts.connect()) {
            reader = XapiClient.register(c, TestApplication.baseUrl());
        }
    }

    /** A launch as the AU receives it: the address, and its parameters. */
    private record Launch(String address, Map<String, String> parameters) {

        String get(String name) {
            return parameters.get(name);
        }

        JsonObject actor() {
            return Json.createReader(new StringReader(get("actor"))).readObject();
        }
    }

    private record Learner(HttpUser user, long enrolment) {
    }

    private static Learner learner(String name) throws SQLException {
        String email = TestAccounts.create(name, "LEARNER");
        long enrolment = TestAccounts.enrol(email, ElearningCourse.CODE);
        return new Learner(HttpUser.signedIn(email, TestAccounts.PASSWORD), enrolment);
    }

    private static String lessonPage(long enrolment) {
        return lessonPage(enrolment, GEOLOGY);
    }

    private static String lessonPage(long enrolment, String lesson) {
        return "/learner/lesson.xhtml?e=" + enrolment + "&m=" + MODULE_2 + "&l=" + lesson;
    }

    /** Opens the cmi5 lesson's page, follows its launch link and returns where the browser is sent. */
    private static Launch launch(Learner learner) {
        return launch(learner, GEOLOGY);
    }

    private static Launch launch(Learner learner, String lesson) {
        HttpResponse<String> page = learner.user().get(lessonPage(learner.enrolment(), lesson));
        assertEquals(200, page.statusCode());
        Matcher link = LAUNCH.matcher(page.body());
        assertTrue(link.find(), "the lesson page links to the AU's launch");
        String href = link.group(1).replace("&amp;", "&");
        HttpResponse<String> launched = learner.user().get(href.substring(href.indexOf("/learner/")));
        assertEquals(302, launched.statusCode(), launched.body());
        String location = launched.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/elearning/" + ElearningCourse.CODE + "/") && location.contains("index.html?"), location);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return new Launch(location, parameters);
    }

    private static HttpResponse<String> send(String method, String url, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(HttpUser.TIMEOUT)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The AU's first call: the fetch URL, for its auth token. */
    private static String fetchToken(Launch launch) {
        JsonObject fetched = json(send("POST", launch.get("fetch"), null));
        assertTrue(fetched.containsKey("auth-token"), fetched.toString());
        return "Basic " + fetched.getString("auth-token");
    }

    private static HttpResponse<String> lrs(String method, Launch launch, String auth, String resourceAndQuery, String body) {
        return send(method, launch.get("endpoint") + "/" + resourceAndQuery, body, "X-Experience-API-Version", "1.0.3",
                "Authorization", auth, "Content-Type", "application/json");
    }

    private static String stateQuery(Launch launch, String stateId) {
        return "activities/state?stateId=" + stateId + "&activityId=" + encode(launch.get("activityId")) + "&agent="
                + encode(launch.get("actor")) + "&registration=" + launch.get("registration");
    }

    /** A cmi5 defined statement as the AU makes it from the launch data's context template. */
    private static JsonObjectBuilder statement(Launch launch, JsonObject launchData, String verb, Double scaled) {
        JsonObject template = launchData.getJsonObject("contextTemplate");
        JsonObjectBuilder statement = Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("actor", launch.actor())
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", launch.get("activityId")))
                .add("context", Json.createObjectBuilder(template).add("registration", launch.get("registration"))
                        .add("contextActivities", Json.createObjectBuilder(template.getJsonObject("contextActivities"))
                                .add("category", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                        .add("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5")))));
        if (scaled != null) {
            statement.add("result", Json.createObjectBuilder().add("score", Json.createObjectBuilder().add("scaled", scaled))
                    .add("success", verb.equals(PASSED)));
        }
        return statement;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The verbs of the registration's cmi5 defined statements, in order; Samskab's own statements of the enrolment left out. */
    private static List<String> verbs(String registration) {
        return reader.statements("registration", registration, "activity", "https://w3id.org/xapi/cmi5/context/categories/cmi5",
                "related_activities", "true", "ascending", "true").stream()
                .map(s -> s.getJsonObject("verb").getString("id").replaceFirst(".*/", "")).toList();
    }

    private static long lessonsDone(long enrolment) throws SQLException {
        return lessonsDone(enrolment, GEOLOGY);
    }

    private static long lessonsDone(long enrolment, String lesson) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ? AND lesson_key = ?", enrolment,
                    MODULE_2 + "/" + lesson);
        }
    }

    @Test
    void anAuIsLaunchedFetchesItsTokenOnceReadsItsLaunchDataAndItsPassDecidesTheLesson() throws SQLException {
        Learner learner = learner("Karl Kvarts");
        Launch launch = launch(learner);
        assertTrue(launch.get("endpoint").endsWith("/xapi"), launch.get("endpoint"));
        JsonObject account = launch.actor().getJsonObject("account");
        assertTrue(account.getString("name").matches("[0-9a-f-]{36}"), "an opaque name, never the e-mail: " + account);
        assertTrue(launch.get("activityId").startsWith("http"), launch.get("activityId"));

        String auth = fetchToken(launch);
        JsonObject again = json(send("POST", launch.get("fetch"), null));
        assertEquals("1", again.getString("error-code"), "the fetch URL gives its token once");
        assertEquals("2", json(send("POST", launch.get("fetch").replaceFirst("k=[^&]+", "k=gaet"), null)).getString("error-code"));

        HttpResponse<String> data = lrs("GET", launch, auth, stateQuery(launch, "LMS.LaunchData"), null);
        assertEquals(200, data.statusCode(), data.body());
        JsonObject launchData = json(data);
        assertEquals("CompletedOrPassed", launchData.getString("moveOn"));
        assertEquals(0.3, launchData.getJsonNumber("masteryScore").doubleValue());
        assertEquals("Normal", launchData.getString("launchMode"));
        assertTrue(launchData.getString("returnURL").endsWith(lessonPage(learner.enrolment())), launchData.getString("returnURL"));
        assertEquals(403, lrs("PUT", launch, auth, stateQuery(launch, "LMS.LaunchData"), "{}").statusCode(),
                "the AU reads the launch data; it does not change it");
        assertEquals(204, lrs("PUT", launch, auth, stateQuery(launch, "bogmaerke"), "{\"side\":3}").statusCode());

        JsonObject stranger = Json.createObjectBuilder().add("account", Json.createObjectBuilder().add("homePage", "https://andet.dk")
                .add("name", "x")).build();
        HttpResponse<String> forOther = lrs("POST", launch, auth, "statements",
                statement(launch, launchData, INITIALIZED, null).add("actor", stranger).build().toString());
        assertEquals(403, forOther.statusCode(), forOther.body());
        assertEquals(403, lrs("GET", launch, auth, "statements?registration=" + launch.get("registration"), null).statusCode(),
                "a session's token does not read statements");
        HttpResponse<String> belowMastery = lrs("POST", launch, auth, "statements", statement(launch, launchData, PASSED, 0.2).build().toString());
        assertEquals(400, belowMastery.statusCode(), belowMastery.body());
        assertTrue(belowMastery.body().contains("masteryScore"), belowMastery.body());
        assertEquals(0, lessonsDone(learner.enrolment()), "nothing of a refused request counts");

        String batch = Json.createArrayBuilder().add(statement(launch, launchData, INITIALIZED, null))
                .add(statement(launch, launchData, PASSED, 0.8)).add(statement(launch, launchData, COMPLETED, null))
                .add(statement(launch, launchData, TERMINATED, null)).build().toString();
        HttpResponse<String> sent = lrs("POST", launch, auth, "statements", batch);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(1, lessonsDone(learner.enrolment()), "moveOn CompletedOrPassed is met: the lesson is done");
        assertEquals(403, lrs("POST", launch, auth, "statements", statement(launch, launchData, COMPLETED, null).build().toString())
                .statusCode(), "nothing after terminated");
        assertEquals(List.of("launched", "initialized", "passed", "completed", "terminated", "satisfied"), verbs(launch.get("registration")));

        String page = learner.user().get(lessonPage(learner.enrolment())).body();
        assertTrue(page.contains("Bestået · 80 %"), "the lesson page shows the AU's result");
    }

    @Test
    void aSessionLeftWithoutTerminatingIsAbandonedAtTheNextLaunch() throws SQLException {
        Learner learner = learner("Agnete Afbrudt");
        Launch first = launch(learner);
        String auth = fetchToken(first);
        JsonObject launchData = json(lrs("GET", first, auth, stateQuery(first, "LMS.LaunchData"), null));
        assertEquals(200, lrs("POST", first, auth, "statements", statement(first, launchData, INITIALIZED, null).build().toString())
                .statusCode());
        Launch second = launch(learner);
        assertEquals(first.get("registration"), second.get("registration"), "one registration per enrolment");
        assertEquals(401, lrs("POST", first, auth, "statements", statement(first, launchData, COMPLETED, null).build().toString())
                .statusCode(), "the abandoned session's token is no longer valid");
        assertEquals(List.of("launched", "initialized", "abandoned", "launched"), verbs(first.get("registration")));
        assertEquals(0, lessonsDone(learner.enrolment()));
    }

    @Test
    void manyLearnersLaunchAndFinishAtTheSameMomentEachCountedOnce() throws Exception {
        int learners = 8;
        List<Learner> group = new java.util.ArrayList<>();
        for (int i = 0; i < learners; i++) {
            group.add(learner("Samtidig Geolog " + i));
        }
        List<Integer> answers = AtOnce.run(learners, i -> {
            Launch launch = launch(group.get(i));
            String auth = fetchToken(launch);
            JsonObject launchData = json(lrs("GET", launch, auth, stateQuery(launch, "LMS.LaunchData"), null));
            return lrs("POST", launch, auth, "statements", Json.createArrayBuilder().add(statement(launch, launchData, COMPLETED, null))
                    .add(statement(launch, launchData, TERMINATED, null)).build().toString()).statusCode();
        });
        assertEquals(java.util.Collections.nCopies(learners, 200), answers);
        for (Learner learner : group) {
            assertEquals(1, lessonsDone(learner.enrolment()));
        }
    }

    @Test
    void aTinCanActivityIsLaunchedWithItsTokenInTheAddressAndItsCompletionDecidesTheLesson() throws SQLException {
        Learner learner = learner("Tina Tincan");
        Launch launch = launch(learner, TIN_CAN);
        assertEquals("http://example.com/activities/basic-course", launch.get("activity_id"), "the activity of tincan.xml");
        assertTrue(launch.get("endpoint").endsWith("/xapi/"), launch.get("endpoint"));
        assertTrue(launch.get("auth").startsWith("Basic "), "Tin Can has no fetch: the token comes with the launch");
        URI content = URI.create(launch.address());
        HttpResponse<String> page = learner.user().get(content.getRawPath() + "?" + content.getRawQuery());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Basic xAPI Course"), "the package's own page opens with the parameters");
        String auth = launch.get("auth");
        String endpoint = launch.get("endpoint");
        JsonObject completed = Json.createObjectBuilder().add("actor", launch.actor())
                .add("verb", Json.createObjectBuilder().add("id", COMPLETED))
                .add("object", Json.createObjectBuilder().add("id", launch.get("activity_id"))).build();
        assertEquals(403, send("POST", endpoint + "statements", Json.createObjectBuilder(completed).add("actor", Json.createObjectBuilder()
                .add("mbox", "mailto:en.anden@example.dk")).build().toString(), "X-Experience-API-Version", "1.0.3", "Authorization", auth,
                "Content-Type", "application/json").statusCode());
        assertEquals(0, lessonsDone(learner.enrolment(), TIN_CAN));
        HttpResponse<String> sent = send("POST", endpoint + "statements", completed.toString(), "X-Experience-API-Version", "1.0.3",
                "Authorization", auth, "Content-Type", "application/json");
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(1, lessonsDone(learner.enrolment(), TIN_CAN), "a statement without the registration is the activity's too");
        launch(learner, TIN_CAN);
        assertEquals(401, send("POST", endpoint + "statements", completed.toString(), "X-Experience-API-Version", "1.0.3",
                "Authorization", auth, "Content-Type", "application/json").statusCode(), "a new launch ends the session before it");
    }

    @Test
    void aLaunchIsRefusedWithoutThePagesTokenOrForAnotherLearnersEnrolment() throws SQLException {
        Learner owner = learner("Olga Ejer");
        Learner other = learner("Otto Anden");
        HttpResponse<String> page = owner.user().get(lessonPage(owner.enrolment()));
        Matcher link = LAUNCH.matcher(page.body());
        assertTrue(link.find());
        String href = link.group(1).replace("&amp;", "&");
        String path = href.substring(href.indexOf("/learner/"));
        assertEquals(403, other.user().get(path).statusCode(), "the token is the owner's page's");
        String withoutToken = path.replaceFirst("&t=[^&]+", "");
        assertEquals(403, owner.user().get(withoutToken).statusCode());
        String otherPage = other.user().get(lessonPage(other.enrolment())).body();
        Matcher othersLink = LAUNCH.matcher(otherPage);
        assertTrue(othersLink.find());
        String othersPath = othersLink.group(1).replace("&amp;", "&");
        othersPath = othersPath.substring(othersPath.indexOf("/learner/")).replace("e=" + other.enrolment(), "e=" + owner.enrolment());
        assertEquals(404, other.user().get(othersPath).statusCode(), "not someone else's enrolment");
        assertEquals(400, owner.user().get(path.replaceFirst("r=[^&]+", "r=https%3A%2F%2Fandet.dk%2F")).statusCode(),
                "the return address is Samskab's own");
    }
}
