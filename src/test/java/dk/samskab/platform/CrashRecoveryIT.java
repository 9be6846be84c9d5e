package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A learner marks lesson after lesson done while the application server is killed with SIGKILL.
 * Every write the server acknowledged (its redirect after the commit) must be in the database
 * after the restart; writes cut off by the crash may be missing, never half there.
 */
class CrashRecoveryIT {

    private static final Pattern LESSON = Pattern.compile("/learner/lesson\\.xhtml\\?e=(\\d+)&m=([^&\"]+)&l=([^&\"]+)");

    @Test
    void everyAcknowledgedProgressWriteSurvivesAKill9() throws Exception {
        String email = TestAccounts.create("Carl Crash", "LEARNER");
        long enrolment = TestAccounts.enrol(email, "SAM-101");
        HttpUser learner = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        List<String> lessons = new ArrayList<>();
        Matcher links = LESSON.matcher(learner.get("/learner/course.xhtml?e=" + enrolment).body().replace("&amp;", "&"));
        while (links.find()) {
            if (!lessons.contains(links.group())) {
                lessons.add(links.group());
            }
        }
        assertTrue(lessons.size() >= 6, "a course with enough lessons: " + lessons);

        List<String> acknowledged = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            for (String lesson : lessons) {
                try {
                    String page = learner.get(lesson).body();
                    Map<String, String> fields = new LinkedHashMap<>();
                    fields.put("lessonForm", "lessonForm");
                    fields.put("lessonForm:markDone", "x");
                    fields.put("jakarta.faces.ViewState", HttpUser.viewState(page));
                    HttpResponse<String> done = learner.post(lesson, fields);
                    if (done.statusCode() == 302) {
                        Matcher key = LESSON.matcher(lesson);
                        key.find();
                        acknowledged.add(key.group(2) + "/" + key.group(3));
                    }
                } catch (RuntimeException crashed) {
                    return;
                }
            }
        });
        writer.start();
        while (acknowledged.size() < 3 && writer.isAlive()) {
            Thread.sleep(5);
        }
        TestApplication.crashAndRestart();
        writer.join();

        Set<String> found = new TreeSet<>();
        try (Connection c = TestAccounts.connect();
                PreparedStatement rows = c.prepareStatement("SELECT lesson_key FROM lesson_progress WHERE enrolment_id = ?")) {
            rows.setLong(1, enrolment);
            try (ResultSet result = rows.executeQuery()) {
                while (result.next()) {
                    found.add(result.getString(1));
                }
            }
        }
        System.out.printf("Crash test: %d of %d lesson writes acknowledged before the kill, %d found after the restart%n",
                acknowledged.size(), lessons.size(), found.size());
        assertTrue(acknowledged.size() >= 3, "the server acknowledged writes before the kill: " + acknowledged);
        assertTrue(acknowledged.size() < lessons.size(), "the kill came in the middle of the stream");
        assertTrue(found.containsAll(acknowledged), "acknowledged " + acknowledged + ", found " + found);
        assertTrue(found.size() <= acknowledged.size() + 1, "at most the write in flight may have landed unacknowledged");
        assertEquals(200, HttpUser.signedIn(email, TestAccounts.PASSWORD).get("/learner/course.xhtml?e=" + enrolment).statusCode(),
                "the restarted server serves the learner again");
    }
}
