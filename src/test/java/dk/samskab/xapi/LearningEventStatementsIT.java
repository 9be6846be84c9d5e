package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.AtOnce;
import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.testsupport.XapiClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Samskab's own learning events in its LRS: learners complete a lesson and take a quiz over HTTP,
 * and the statements appear under the events' ids with the right verb and the learner's opaque
 * actor, each exactly once, also when many learners act at the same moment. An erasure renames
 * the learner's statements.
 */
class LearningEventStatementsIT {

    private static final String COURSE = "FRI-001";
    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    private static final long WAIT_MILLIS = 60_000;

    private static XapiClient lrs;

    private record Learner(String email, long enrolment, HttpUser user) {
    }

    @BeforeAll
    static void aReaderOfTheLrs() throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            lrs = XapiClient.register(c, TestApplication.baseUrl());
        }
    }

    @Test
    void aCompletedLessonAndAQuizAttemptBecomeStatementsOnceEach() throws Exception {
        Learner learner = learner("Xavier Xapi");
        completeFirstLesson(learner);
        takeFirstQuiz(learner);

        List<JsonObject> statements = awaitStatements(learner, 2);
        assertEquals(LearningEvents.statementIds(learner.enrolment()), new TreeSet<>(XapiClient.ids(statements)), "under the events' own ids");
        Set<String> verbs = new TreeSet<>();
        statements.forEach(s -> verbs.add(s.getJsonObject("verb").getString("id")));
        assertTrue(verbs.contains(EventStatements.COMPLETED), verbs.toString());
        assertTrue(verbs.contains(EventStatements.PASSED) || verbs.contains(EventStatements.FAILED), verbs.toString());

        String name = actorName(learner.email());
        for (JsonObject statement : statements) {
            JsonObject account = statement.getJsonObject("actor").getJsonObject("account");
            assertEquals(name, account.getString("name"));
            assertFalse(statement.toString().contains(learner.email()) || statement.toString().contains("Xavier"),
                    "neither e-mail nor name: " + statement);
            assertEquals("samskab", statement.getJsonObject("authority").getJsonObject("account").getString("name"));
        }
        JsonObject quiz = statements.stream().filter(s -> s.getJsonObject("object").getString("id").endsWith("/quiz")).findFirst()
                .orElseThrow();
        assertTrue(quiz.getJsonObject("result").containsKey("score"), "the quiz's score: " + quiz);

        Thread.sleep(5_000);
        assertEquals(2, lrs.statements("registration", EventStatements.registrationOf(learner.enrolment())).size(),
                "later runs of the feed store nothing again");
        String homePage = statements.get(0).getJsonObject("actor").getJsonObject("account").getString("homePage");
        assertEquals(2, lrs.statements("agent", XapiClient.agent(homePage, name)).size(), "found by the actor");
    }

    @Test
    void learnersActingAtTheSameMomentEachGetTheirStatementsExactlyOnce() throws Exception {
        int count = 8;
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            learners.add(learner("Samtidig Xapi " + (char) ('A' + i)));
        }
        AtOnce.run(count, i -> {
            completeFirstLesson(learners.get(i));
            takeFirstQuiz(learners.get(i));
            return null;
        });
        for (Learner learner : learners) {
            List<JsonObject> statements = awaitStatements(learner, 2);
            assertEquals(LearningEvents.statementIds(learner.enrolment()), new TreeSet<>(XapiClient.ids(statements)), learner.email());
            String name = actorName(learner.email());
            statements.forEach(s -> assertEquals(name, s.getJsonObject("actor").getJsonObject("account").getString("name")));
        }
    }

    @Test
    void anErasureRenamesTheLearnersStatementsToAFreshPseudonym() throws Exception {
        Learner learner = learner("Erik Eraseme");
        completeFirstLesson(learner);
        List<JsonObject> before = awaitStatements(learner, 1);
        String old = actorName(learner.email());
        String homePage = before.get(0).getJsonObject("actor").getJsonObject("account").getString("homePage");

        HttpUser admin = HttpUser.signedIn("admin@demo.samskab.dk", TestAccounts.PASSWORD);
        String page = admin.get("/admin/erase.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eraseForm", "eraseForm");
        fields.put("eraseForm:email", learner.email());
        fields.put("eraseForm:confirmed", "on");
        fields.put("eraseForm:erase", "x");
        fields.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        assertTrue(admin.post("/admin/erase.xhtml", fields).body().contains("Personen er slettet"));

        String fresh;
        try (Connection c = TestAccounts.connect()) {
            fresh = actorName(c, TestAccounts.single(c, "SELECT person_id FROM enrolment WHERE id = ?", learner.enrolment()));
        }
        assertNotEquals(old, fresh);
        assertEquals(List.of(), lrs.statements("agent", XapiClient.agent(homePage, old)), "the old actor finds nothing");
        List<JsonObject> after = lrs.statements("agent", XapiClient.agent(homePage, fresh));
        assertEquals(XapiClient.ids(before), XapiClient.ids(after), "the same statements, under the new actor");
        assertFalse(after.toString().contains(old));
    }

    private static Learner learner(String name) throws SQLException {
        String email = TestAccounts.create(name, "LEARNER");
        long enrolment = TestAccounts.enrol(email, COURSE);
        return new Learner(email, enrolment, HttpUser.signedIn(email, TestAccounts.PASSWORD));
    }

    private static String coursePage(Learner learner) {
        return learner.user().get("/learner/course.xhtml?e=" + learner.enrolment()).body().replace("&amp;", "&");
    }

    private static void completeFirstLesson(Learner learner) {
        String address = link(coursePage(learner), "/learner/lesson\\.xhtml\\?[^\"]+");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("lessonForm", "lessonForm");
        form.put("lessonForm:markDone", "x");
        form.put("jakarta.faces.ViewState", HttpUser.viewState(learner.user().get(address).body()));
        assertEquals(302, learner.user().post(address, form).statusCode(), "the lesson is marked done");
    }

    private static void takeFirstQuiz(Learner learner) {
        String address = link(coursePage(learner), "/learner/quiz\\.xhtml\\?[^\"]+");
        String page = learner.user().get(address).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("quizForm", "quizForm");
        Matcher radios = RADIO.matcher(page);
        while (radios.find()) {
            Matcher name = NAME.matcher(radios.group());
            Matcher value = VALUE.matcher(radios.group());
            if (name.find() && value.find()) {
                form.putIfAbsent(name.group(1), value.group(1));
            }
        }
        Matcher token = Pattern.compile("name=\"attemptToken\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(token.find(), "the quiz form carries an attempt token");
        form.put("attemptToken", token.group(1));
        form.put("quizForm:submit", "x");
        form.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        HttpResponse<String> answered = learner.user().post(address, form);
        assertTrue(answered.body().contains("id=\"quizResult\""), "the quiz is graded");
    }

    /** The statements of the learner's enrolment, once the feed has stored as many as expected. */
    private static List<JsonObject> awaitStatements(Learner learner, int expected) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        List<JsonObject> found = List.of();
        while (System.currentTimeMillis() < until) {
            found = lrs.statements("registration", EventStatements.registrationOf(learner.enrolment()));
            if (found.size() >= expected) {
                return found;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("expected " + expected + " statements of " + learner.email() + ", found " + found);
    }

    private static String actorName(String email) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return actorName(c, TestAccounts.single(c, "SELECT id FROM person WHERE email = ?", email));
        }
    }

    private static String actorName(Connection c, long personId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT account_name FROM xapi_actor WHERE person_id = ?")) {
            select.setLong(1, personId);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), "person " + personId + " has an actor name");
                return rows.getString(1);
            }
        }
    }

    private static String link(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertTrue(matcher.find(), "no link like " + pattern);
        return matcher.group();
    }
}
