package dk.samskab.web;

import static dk.samskab.testsupport.ElearningCourse.GOLF_12;
import static dk.samskab.testsupport.ElearningCourse.GOLF_2004;
import static dk.samskab.testsupport.ElearningCourse.MODULE_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.content.CourseZip;
import dk.samskab.testsupport.AtOnce;
import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.ElearningCourse;
import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SCORM run-time's server side over HTTP, as the lesson page's script and the package's files
 * reach it: commits kept and refused, files served only to the course's people, and many learners
 * committing at the same moment without a lost or doubled write.
 */
class ElearningRuntimeIT {

    private static final Pattern CONFIG = Pattern.compile(
            "<script type=\"application/json\" id=\"elearningConfig\">(.*?)</script>", Pattern.DOTALL);
    private static final String LESSON_KEY = MODULE_1 + "/" + GOLF_12;

    @BeforeAll
    static void theCourseIsPublished() throws SQLException {
        try (Browser browser = new Browser(TestApplication.baseUrl())) {
            ElearningCoursePublisher.publish(browser);
        }
    }

    /** A signed-in learner with the lesson page's run-time settings. */
    private record Learner(HttpUser user, long enrolment, JsonObject config) {

        String commitUrl(String item) {
            return config.getString("commit") + "&i=" + item;
        }

        String item() {
            return config.getJsonArray("items").getJsonObject(0).getString("id");
        }

        HttpResponse<String> commit(String cmi) {
            return user.postBody(commitUrl(item()), "application/json", "{\"cmi\":" + cmi + "}");
        }

        /** What the player says as the learner leaves a SCO that never started its run-time session. */
        HttpResponse<String> leave() {
            return user.postBody(commitUrl(item()), "application/json", "{\"cmi\":{},\"left\":true}");
        }
    }

    private static Learner learner(String name) throws SQLException {
        return learner(name, GOLF_12);
    }

    private static Learner learner(String name, String lesson) throws SQLException {
        String email = TestAccounts.create(name, "LEARNER");
        long enrolment = TestAccounts.enrol(email, ElearningCourse.CODE);
        HttpUser user = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        return new Learner(user, enrolment, config(user, "/learner/lesson.xhtml?e=" + enrolment + "&m=" + MODULE_1 + "&l=" + lesson));
    }

    private static JsonObject config(HttpUser user, long enrolment) {
        return config(user, lessonPage(enrolment));
    }

    private static JsonObject config(HttpUser user, String lessonPage) {
        HttpResponse<String> page = user.get(lessonPage);
        assertEquals(200, page.statusCode());
        Matcher matcher = CONFIG.matcher(page.body());
        assertTrue(matcher.find(), "the lesson page carries the run-time's settings");
        return Json.createReader(new StringReader(matcher.group(1).replace("<\\/", "</"))).readObject();
    }

    private static String lessonPage(long enrolment) {
        return "/learner/lesson.xhtml?e=" + enrolment + "&m=" + MODULE_1 + "&l=" + GOLF_12;
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void aCommitIsKeptAndHandedBackToResumeFrom() throws SQLException {
        Learner learner = learner("Rita Resume");
        assertEquals("SCORM_12", learner.config().getString("standard"));
        HttpResponse<String> kept = learner.commit("{\"core\":{\"lesson_status\":\"incomplete\",\"lesson_location\":\"3\","
                + "\"exit\":\"suspend\"},\"suspend_data\":\"side=3;svar=a,b\"}");
        assertEquals(200, kept.statusCode(), kept.body());
        assertEquals(Json.createObjectBuilder().add("result", true).add("errorCode", 0).add("itemSatisfied", false)
                .add("lessonDone", false).build(), json(kept));

        JsonObject again = config(learner.user(), learner.enrolment()).getJsonArray("items").getJsonObject(0).getJsonObject("cmi");
        assertEquals("3", again.getJsonObject("core").getString("lesson_location"));
        assertEquals("side=3;svar=a,b", again.getString("suspend_data"));

        HttpResponse<String> completed = learner.commit("{\"core\":{\"lesson_status\":\"completed\",\"lesson_location\":\"14\"}}");
        assertTrue(json(completed).getBoolean("lessonDone"), completed.body());
        assertEquals(1, lessonsDone(learner.enrolment()));
    }

    @Test
    void aPackageLessonCountsInTheCompletionRuleLikeANativeOne() throws SQLException {
        Learner learner = learner("Karla Komplet");
        CourseDefinition course = CourseZip.read(ElearningCourse.zip(), code -> Optional.of(new BigDecimal("27.5"))).course();
        // Every other requirement met: each required lesson but Golf's done, each module's quiz passed.
        try (Connection c = TestAccounts.connect()) {
            for (ModuleDefinition module : course.modules()) {
                for (ModuleDefinition.Lesson lesson : module.lessons()) {
                    String key = module.slug() + "/" + lesson.slug();
                    if (lesson.required() && !key.equals(LESSON_KEY)) {
                        TestAccounts.update(c, "INSERT INTO lesson_progress (enrolment_id, lesson_key, completed_at)"
                                + " VALUES (?, ?, CURRENT_TIMESTAMP(3))", learner.enrolment(), key);
                    }
                }
                TestAccounts.update(c, "INSERT INTO quiz_attempt (enrolment_id, module_slug, attempt_number, score_percent, passed,"
                        + " answers, submitted_at) VALUES (?, ?, 1, 100, TRUE, '{}', CURRENT_TIMESTAMP(3))", learner.enrolment(), module.slug());
            }
        }
        assertEquals(200, learner.commit("{\"core\":{\"lesson_status\":\"incomplete\"}}").statusCode());
        assertEquals("ENROLLED", enrolmentStatus(learner.enrolment()), "the package lesson is still to do");

        HttpResponse<String> passed = learner.commit("{\"core\":{\"lesson_status\":\"passed\",\"score\":{\"raw\":\"90\"}}}");
        assertTrue(json(passed).getBoolean("lessonDone"), passed.body());
        assertEquals("COMPLETED", enrolmentStatus(learner.enrolment()), "the package's pass completes the course");
    }

    private static String enrolmentStatus(long enrolment) throws SQLException {
        return textOf("SELECT status FROM enrolment WHERE id = ?", enrolment);
    }

    @Test
    void leavingAScoThatNeverSpokeCompletesItOnlyWhereTheManifestLeavesCompletionToTheLms() throws SQLException {
        Learner silent = learner("Sigrid Stille");
        assertTrue(silent.config().getJsonArray("items").getJsonObject(0).getBoolean("lmsCompletes"), "SCORM 1.2 reads as 2004's default");
        HttpResponse<String> left = silent.leave();
        assertEquals(200, left.statusCode(), left.body());
        assertTrue(json(left).getBoolean("itemSatisfied") && json(left).getBoolean("lessonDone"), left.body());
        assertEquals(1, lessonsDone(silent.enrolment()));

        Learner spoke = learner("Sofus Snaksom");
        assertEquals(200, spoke.commit("{\"core\":{\"lesson_status\":\"incomplete\",\"lesson_location\":\"2\"}}").statusCode());
        assertFalse(json(spoke.leave()).getBoolean("itemSatisfied"), "the content reported, so its word stands");
        assertEquals(0, lessonsDone(spoke.enrolment()));

        // Golf's SCORM 2004 manifest says completionSetByContent="true": leaving it silent counts nothing.
        Learner golf = learner("Gorm Golfer", GOLF_2004);
        assertFalse(golf.config().getJsonArray("items").getJsonObject(0).getBoolean("lmsCompletes"));
        HttpResponse<String> leftGolf = golf.leave();
        assertEquals(200, leftGolf.statusCode(), leftGolf.body());
        assertFalse(json(leftGolf).getBoolean("itemSatisfied"), leftGolf.body());
        assertEquals(0, count("SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ?", golf.enrolment()));
    }

    @Test
    void theLearnersPackageDataIsInTheirDownloadAndGoesWithAnErasure() throws SQLException {
        Learner learner = learner("Erna Eksport");
        HttpResponse<String> kept = learner.commit("{\"core\":{\"student_name\":\"Eksport, Erna\",\"lesson_status\":\"failed\","
                + "\"score\":{\"raw\":\"40\"}},\"suspend_data\":\"mit eget svar om naboen\"}");
        assertEquals(200, kept.statusCode());
        String stored = storedCmi(learner.enrolment());
        assertTrue(stored.contains("mit eget svar om naboen") && !stored.contains("Eksport, Erna"),
                "the learner's name is never kept with the data: " + stored);
        String download = learner.user().get("/account/my-data").body();
        assertTrue(download.contains("\"elearningAttempts\"") && download.contains("mit eget svar om naboen"), download);

        String email = emailOf(learner.enrolment());
        HttpUser admin = HttpUser.signedIn("admin@demo.samskab.dk", TestAccounts.PASSWORD);
        String page = admin.get("/admin/erase.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eraseForm", "eraseForm");
        fields.put("eraseForm:email", email);
        fields.put("eraseForm:confirmed", "on");
        fields.put("eraseForm:erase", "x");
        fields.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        assertTrue(admin.post("/admin/erase.xhtml", fields).body().contains("Personen er slettet"));
        assertEquals("{}", storedCmi(learner.enrolment()), "what the learner wrote in the package is gone");
        assertEquals(1, count("SELECT COUNT(*) FROM elearning_attempt WHERE enrolment_id = ? AND success_status = 'failed'",
                learner.enrolment()), "the result stays for the statistics, like a quiz score");
    }

    private static String storedCmi(long enrolment) throws SQLException {
        try (Connection c = TestAccounts.connect();
                PreparedStatement query = c.prepareStatement("SELECT cmi FROM elearning_attempt WHERE enrolment_id = ?")) {
            query.setLong(1, enrolment);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    private static String emailOf(long enrolment) throws SQLException {
        return textOf("SELECT p.email FROM person p JOIN enrolment e ON e.person_id = p.id WHERE e.id = ?", enrolment);
    }

    /** The one text value a query of the enrolment's gives. */
    private static String textOf(String sql, long enrolment) throws SQLException {
        try (Connection c = TestAccounts.connect(); PreparedStatement query = c.prepareStatement(sql)) {
            query.setLong(1, enrolment);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                return rows.getString(1);
            }
        }
    }

    @Test
    void commitsWithoutTheTokenOrForAnotherLearnersEnrolmentChangeNothing() throws SQLException {
        Learner owner = learner("Olga Ejer");
        Learner other = learner("Otto Anden");
        String forged = owner.commitUrl(owner.item()).replaceFirst("&t=[^&]+", "&t=gaet");
        HttpResponse<String> wrongToken = owner.user().postBody(forged, "application/json", "{\"cmi\":{}}");
        assertEquals(403, wrongToken.statusCode());
        assertFalse(json(wrongToken).getBoolean("result"));
        assertEquals(101, json(wrongToken).getInt("errorCode"), "SCORM's general exception, which the package is told");

        HttpResponse<String> noToken = owner.user().postBody(forged.replaceFirst("&t=gaet", ""), "application/json", "{\"cmi\":{}}");
        assertEquals(403, noToken.statusCode());

        // The other learner's own token, on the owner's enrolment.
        String theirs = other.commitUrl(owner.item()).replace("e=" + other.enrolment(), "e=" + owner.enrolment());
        assertEquals(404, other.user().postBody(theirs, "application/json", "{\"cmi\":{\"core\":{\"lesson_status\":\"passed\"}}}")
                .statusCode());
        assertEquals(0, attempts(owner.enrolment()), "nothing was written for the owner");
    }

    @Test
    void malformedUnknownAndOversizedCommitsAreRefused() throws SQLException {
        Learner learner = learner("Mads Mangel");
        String url = learner.commitUrl(learner.item());
        assertEquals(400, learner.user().postBody(url, "application/json", "{\"cmi\": ").statusCode(), "broken JSON");
        assertEquals(400, learner.user().postBody(url, "application/json", "{\"core\":{}}").statusCode(), "no cmi object");
        assertEquals(400, learner.user().postBody(url, "text/plain", "[]").statusCode(), "not an object");
        assertEquals(404, learner.user().postBody(learner.commitUrl("ingen-saadan"), "application/json", "{\"cmi\":{}}")
                .statusCode(), "an item the package does not have");
        String textLesson = url.replace(GOLF_12, "01-hvorfor-samarbejder-kommunen-med-dig");
        assertEquals(404, learner.user().postBody(textLesson, "application/json", "{\"cmi\":{}}").statusCode(),
                "a lesson without a package");
        String large = "{\"cmi\":{\"suspend_data\":\"" + "x".repeat(1_000_100) + "\"}}";
        assertEquals(413, learner.user().postBody(url, "application/json", large).statusCode(), "beyond what is kept");
        assertEquals(0, attempts(learner.enrolment()));
    }

    @Test
    void packageFilesReachOnlyTheCoursesLearnersWithAPolicyOfTheirOwn() throws SQLException {
        Learner learner = learner("Filippa Fil");
        String launch = learner.config().getString("base") + "shared/launchpage.html";
        HttpResponse<String> page = learner.user().get(launch);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("connect-src 'self'"), policy);
        assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.body().contains("ScormProcessInitialize"), "the package's own launch page");

        String outsider = TestAccounts.create("Udenfor Kurset", "LEARNER");
        TestAccounts.enrol(outsider, "FRI-001");
        HttpUser stranger = HttpUser.signedIn(outsider, TestAccounts.PASSWORD);
        assertEquals(404, stranger.get(launch).statusCode(), "a learner of another course");
        assertEquals(404, stranger.get(launch.replace(ElearningCourse.CODE, "FRI-001")).statusCode(),
                "the package under a course that does not use it");
        assertNotEquals(200, HttpUser.anonymous().get(launch).statusCode(), "no one signed in");
        int traversal = learner.user().get(learner.config().getString("base") + "..%2F..%2F..%2FWEB-INF%2Fweb.xml").statusCode();
        assertTrue(traversal == 404 || traversal == 400, "a path out of the package: " + traversal);
        assertEquals(404, learner.user().get(learner.config().getString("base") + "shared/ikke-her.html").statusCode());
    }

    @Test
    void learnersCommittingAtTheSameMomentAreEachKeptOnce() throws Exception {
        int count = 12;
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            learners.add(learner("Samtidig Golfspiller " + (char) ('A' + i)));
        }
        List<List<Integer>> statuses = AtOnce.run(count, i -> {
            Learner learner = learners.get(i);
            List<Integer> codes = new ArrayList<>();
            for (int page = 1; page <= 4; page++) {
                codes.add(learner.commit("{\"core\":{\"lesson_status\":\"incomplete\",\"lesson_location\":\"" + page + "\"}}")
                        .statusCode());
            }
            // The run-time's timer and the package's own LMSFinish can commit at the same moment.
            List<HttpResponse<String>> last = AtOnce.run(2, twice -> learner.commit(
                    "{\"core\":{\"lesson_status\":\"passed\",\"score\":{\"raw\":\"90\"}}}"));
            last.forEach(response -> codes.add(response.statusCode()));
            return codes;
        });
        for (int i = 0; i < count; i++) {
            assertEquals(List.of(200, 200, 200, 200, 200, 200), statuses.get(i), "learner " + i);
            long enrolment = learners.get(i).enrolment();
            assertEquals(1, attempts(enrolment), "one attempt for enrolment " + enrolment);
            assertEquals(6, commits(enrolment), "every commit of enrolment " + enrolment + " was applied");
            assertEquals(1, lessonsDone(enrolment), "the lesson done once for enrolment " + enrolment);
        }
    }

    private static long attempts(long enrolment) throws SQLException {
        return count("SELECT COUNT(*) FROM elearning_attempt WHERE enrolment_id = ?", enrolment);
    }

    private static long commits(long enrolment) throws SQLException {
        return count("SELECT COALESCE(SUM(commits), 0) FROM elearning_attempt WHERE enrolment_id = ?", enrolment);
    }

    private static long lessonsDone(long enrolment) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ? AND lesson_key = ?",
                    enrolment, LESSON_KEY);
        }
    }

    private static long count(String sql, long enrolment) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, sql, enrolment);
        }
    }
}
