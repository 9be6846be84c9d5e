package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.testsupport.TestLrs;
import dk.samskab.testsupport.XapiClient;
import jakarta.json.JsonObject;
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
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The outbox delivers to a second LRS instance with the network cut and restored, and a restart
 * in between: every statement arrives exactly once. The second instance is another Samskab with
 * its own database; the application reaches it only through a proxy the test cuts.
 */
class ForwardingIT {

    private static final Pattern LESSON = Pattern.compile("/learner/lesson\\.xhtml\\?e=(\\d+)&m=([^&\"]+)&l=([^&\"]+)");
    private static final long WAIT_MILLIS = 90_000;

    @Test
    void everyStatementArrivesExactlyOnceAcrossACutNetworkAndARestart() throws Exception {
        long started = System.currentTimeMillis();
        XapiClient target = externalLrs();
        String email = TestAccounts.create("Frida Forward", "LEARNER");
        long enrolment = TestAccounts.enrol(email, "SAM-101");
        String registration = EventStatements.registrationOf(enrolment);
        HttpUser learner = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        List<String> lessons = lessons(learner, enrolment);
        assertTrue(lessons.size() >= 4, "a course with enough lessons: " + lessons);

        markDone(learner, lessons.get(0));
        await("the first statement reaches the external LRS", () -> target.statements("registration", registration).size() == 1);

        TestApplication.cutForwarding();
        markDone(learner, lessons.get(1));
        markDone(learner, lessons.get(2));
        await("the outbox has failed to deliver the two and holds them", () -> waitingFailed(enrolment) == 2);
        assertEquals(1, target.statements("registration", registration).size(), "nothing crossed the cut network");
        String failing = HttpUser.signedIn("admin@demo.samskab.dk", TestAccounts.PASSWORD).get("/admin/lrs-clients.xhtml").body();
        assertTrue(failing.contains("id=\"forwardingFailing\""), "the admins see that forwarding fails");
        assertTrue(Integer.parseInt(between(failing, "id=\"forwardingWaiting\">", "<").strip()) >= 2, "and what waits");

        TestApplication.crashAndRestart();
        HttpUser again = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        markDone(again, lessons.get(3));
        TestApplication.restoreForwarding();

        Set<String> expected = LearningEvents.statementIds(enrolment);
        assertEquals(4, expected.size(), "four lessons done, four events with statements");
        await("every statement reaches the external LRS", () -> target.statements("registration", registration).size() >= 4
                && queued(expected) == 0);
        Thread.sleep(4_000);
        List<JsonObject> arrived = target.statements("registration", registration);
        assertEquals(expected, new TreeSet<>(XapiClient.ids(arrived)), "under the events' own ids");
        assertEquals(expected.size(), arrived.size(), "each exactly once");
        try (Connection lrs = TestLrs.connect()) {
            assertEquals(expected.size(), TestAccounts.single(lrs, "SELECT COUNT(*) FROM xapi_statement WHERE registration = ?",
                    registration), "no copy under another id in the external LRS's database");
        }
        for (JsonObject statement : arrived) {
            assertEquals(EventStatements.COMPLETED, statement.getJsonObject("verb").getString("id"));
            assertEquals(TestApplication.FORWARDING_KEY, statement.getJsonObject("authority").getJsonObject("account").getString("name"),
                    "the external LRS names the forwarding client as authority");
        }
        String delivered = HttpUser.signedIn("admin@demo.samskab.dk", TestAccounts.PASSWORD).get("/admin/lrs-clients.xhtml").body();
        assertFalse(delivered.contains("id=\"forwardingFailing\""), "no failure shown once the LRS takes statements again");
        assertTrue(between(delivered, "id=\"forwardingEndpoint\" class=\"snippet\">", "<").endsWith("/xapi/statements"),
                "the page names the external LRS");
        assertEquals("0", between(delivered, "id=\"forwardingWaiting\">", "<").strip(), "nothing waits");
        System.out.printf("Forwarding test: %d statements forwarded exactly once in %d s, a second instance and a restart included%n",
                expected.size(), (System.currentTimeMillis() - started) / 1000);
    }

    /**
     * Starts the second Samskab and registers there the client that the application forwards with,
     * and one to read with. Both secrets are the demo password, by its PBKDF2 hash in the first database.
     */
    private static XapiClient externalLrs() throws SQLException {
        String baseUrl = TestLrs.baseUrl();
        String hash;
        try (Connection c = TestAccounts.connect()) {
            hash = single(c, "SELECT a.password_hash FROM account a JOIN person p ON p.id = a.person_id WHERE p.email = ?",
                    "mette@demo.samskab.dk");
        }
        try (Connection lrs = TestLrs.connect()) {
            TestAccounts.update(lrs, "INSERT IGNORE INTO xapi_client (name, client_key, secret_hash, enabled, created_at, updated_at)"
                    + " VALUES ('Samskab (forwarding)', ?, ?, TRUE, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))",
                    TestApplication.FORWARDING_KEY, hash);
            TestAccounts.update(lrs, "INSERT IGNORE INTO xapi_client (name, client_key, secret_hash, enabled, created_at, updated_at)"
                    + " VALUES ('Reader', 'lrs-forwarding-reader', ?, TRUE, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))", hash);
        }
        return new XapiClient(baseUrl, "lrs-forwarding-reader", TestAccounts.PASSWORD);
    }

    private static List<String> lessons(HttpUser learner, long enrolment) {
        List<String> lessons = new ArrayList<>();
        Matcher links = LESSON.matcher(learner.get("/learner/course.xhtml?e=" + enrolment).body().replace("&amp;", "&"));
        while (links.find()) {
            if (!lessons.contains(links.group())) {
                lessons.add(links.group());
            }
        }
        return lessons;
    }

    private static void markDone(HttpUser learner, String lesson) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lessonForm", "lessonForm");
        fields.put("lessonForm:markDone", "x");
        fields.put("jakarta.faces.ViewState", HttpUser.viewState(learner.get(lesson).body()));
        assertEquals(302, learner.post(lesson, fields).statusCode(), "the lesson " + lesson + " is marked done");
    }

    /** How many of the enrolment's statements wait in the outbox while the last attempt failed. */
    private static long waitingFailed(long enrolment) {
        try (Connection c = TestAccounts.connect()) {
            long failures = TestAccounts.single(c, "SELECT attempts FROM xapi_event_feed WHERE feed = 'FORWARD'");
            long waiting = TestAccounts.single(c, "SELECT COUNT(*) FROM xapi_forward_outbox o JOIN learning_event e"
                    + " ON e.statement_id = o.statement_id WHERE e.enrolment_id = ?", enrolment);
            return failures > 0 ? waiting : -1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String between(String text, String before, String after) {
        int start = text.indexOf(before);
        assertTrue(start >= 0, before + " on the page");
        start += before.length();
        return text.substring(start, text.indexOf(after, start));
    }

    private static long queued(Set<String> ids) {
        try (Connection c = TestAccounts.connect()) {
            long count = 0;
            for (String id : ids) {
                count += TestAccounts.single(c, "SELECT COUNT(*) FROM xapi_forward_outbox WHERE statement_id = ?", id);
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet rows = select.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getString(1);
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("waited in vain until " + what);
    }
}
