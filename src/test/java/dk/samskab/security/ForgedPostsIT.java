package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Form posts with altered ids: another learner takes a valid form from their own lesson, quiz
 * and task pages and posts it to Birthe's addresses; a manager and a learner post the admins'
 * forms. Nothing of Birthe's may change, and the admins' forms must refuse them.
 */
class ForgedPostsIT {

    private static long birthe;
    private static String birtheCourse;
    private static HttpUser lone;
    private static String loneCourse;
    private static long loneEnrolment;

    @BeforeAll
    static void learners() throws Exception {
        try (Connection c = TestAccounts.connect()) {
            birthe = TestAccounts.single(c, "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id JOIN course c ON c.id = e.course_id"
                    + " WHERE p.email = 'birthe@demo.samskab.dk' AND c.code = 'FRI-001'");
        }
        birtheCourse = HttpUser.signedIn("birthe@demo.samskab.dk", TestAccounts.PASSWORD).get("/learner/course.xhtml?e=" + birthe)
                .body().replace("&amp;", "&");
        lone = HttpUser.signedIn("lone@demo.samskab.dk", TestAccounts.PASSWORD);
        try (Connection c = TestAccounts.connect()) {
            loneEnrolment = TestAccounts.single(c, "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id JOIN course c"
                    + " ON c.id = e.course_id WHERE p.email = 'lone@demo.samskab.dk' AND c.code = 'LED-201'");
        }
        loneCourse = lone.get("/learner/course.xhtml?e=" + loneEnrolment).body().replace("&amp;", "&");
    }

    private static String link(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertTrue(matcher.find(), "no link like " + pattern);
        return matcher.group();
    }

    /** Birthe's rows that a forged post could add or change. */
    private static List<Long> birthesRows() throws Exception {
        try (Connection c = TestAccounts.connect()) {
            return List.of(TestAccounts.single(c, "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = " + birthe),
                    TestAccounts.single(c, "SELECT COUNT(*) FROM quiz_attempt WHERE enrolment_id = " + birthe),
                    TestAccounts.single(c, "SELECT COUNT(*) FROM submission WHERE enrolment_id = " + birthe),
                    TestAccounts.single(c, "SELECT COUNT(*) FROM learning_event WHERE enrolment_id = " + birthe));
        }
    }

    /** Lone's own form on her page, posted to Birthe's address of the same page. */
    private static HttpResponse<String> forge(String ownPage, String target, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", HttpUser.viewState(lone.get(ownPage).body()));
        // The hand-in form can carry a file, so browsers send it as multipart.
        return target.contains("/learner/task") ? lone.postMultipart(target, all) : lone.post(target, all);
    }

    @Test
    void anotherLearnersFormsPostedToBirthesAddressesChangeNothing() throws Exception {
        List<Long> before = birthesRows();

        String ownLesson = link(loneCourse, "/learner/lesson\\.xhtml\\?[^\"]+");
        String herLesson = link(birtheCourse, "/learner/lesson\\.xhtml\\?[^\"]+");
        HttpResponse<String> lesson = forge(ownLesson, herLesson, Map.of("lessonForm", "lessonForm", "lessonForm:markDone", "x"));
        assertEquals(404, lesson.statusCode(), "a lesson of someone else's enrolment is not found");

        String ownQuiz = link(loneCourse, "/learner/quiz\\.xhtml\\?[^\"]+");
        String herQuiz = link(birtheCourse, "/learner/quiz\\.xhtml\\?[^\"]+");
        HttpResponse<String> quiz = forge(ownQuiz, herQuiz, Map.of("quizForm", "quizForm", "quizForm:submit", "x",
                "attemptToken", java.util.UUID.randomUUID().toString()));
        assertEquals(404, quiz.statusCode(), "a quiz of someone else's enrolment is not found");

        String ownTask = link(loneCourse, "/learner/task\\.xhtml\\?[^\"]*t=(?!final)[^\"]+");
        String herTask = link(birtheCourse, "/learner/task\\.xhtml\\?[^\"]*t=(?!final)[^\"]+");
        HttpResponse<String> task = forge(ownTask, herTask, Map.of("handInForm", "handInForm", "handInForm:text",
                "Skrevet i Birthes navn", "handInForm:submit", "x"));
        assertEquals(404, task.statusCode(), "a task of someone else's enrolment is not found");

        assertEquals(before, birthesRows(), "none of Birthe's lessons, attempts, hand-ins or events changed");

        // The same forms posted to Lone's own addresses do their work: the forgery, not the form, was refused.
        String control = "Kontrol " + System.nanoTime();
        long lessonsBefore = loneCount("SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ?");
        long attemptsBefore = loneCount("SELECT COUNT(*) FROM quiz_attempt WHERE enrolment_id = ?");
        assertEquals(302, forge(ownLesson, ownLesson, Map.of("lessonForm", "lessonForm", "lessonForm:markDone", "x")).statusCode());
        forge(ownQuiz, ownQuiz, Map.of("quizForm", "quizForm", "quizForm:submit", "x",
                "attemptToken", java.util.UUID.randomUUID().toString()));
        forge(ownTask, ownTask, Map.of("handInForm", "handInForm", "handInForm:text", control, "handInForm:submit", "x"));
        assertEquals(lessonsBefore + 1, loneCount("SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ?"),
                "the lesson form marks Lone's own lesson done");
        assertEquals(attemptsBefore + 1, loneCount("SELECT COUNT(*) FROM quiz_attempt WHERE enrolment_id = ?"),
                "the quiz form records an attempt on Lone's own quiz");
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM submission WHERE enrolment_id = ?"
                    + " AND text_body = ?", loneEnrolment, control), "the form works on Lone's own task");
        }
        System.out.println("Forged posts: 3 of Lone's forms sent to Birthe's addresses, 3 answered 404, 0 changed anything;"
                + " the same forms on Lone's own addresses did their work");
    }

    private static long loneCount(String sql) throws Exception {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, sql, loneEnrolment);
        }
    }

    @Test
    void theAdminsFormsRefuseEveryoneElse() throws Exception {
        String victim = TestAccounts.create("Vibeke Værn", "LEARNER");
        for (String caller : List.of("jens@demo.samskab.dk", "karen@demo.samskab.dk", "mette@demo.samskab.dk")) {
            HttpUser user = HttpUser.signedIn(caller, TestAccounts.PASSWORD);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("eraseForm", "eraseForm");
            fields.put("eraseForm:email", victim);
            fields.put("eraseForm:confirmed", "on");
            fields.put("eraseForm:erase", "x");
            fields.put("jakarta.faces.ViewState", "forged");
            assertEquals(403, user.post("/admin/erase.xhtml", fields).statusCode(), caller);
            Map<String, String> scope = new LinkedHashMap<>();
            scope.put("scopeForm", "scopeForm");
            scope.put("jakarta.faces.ViewState", "forged");
            assertEquals(403, user.post("/admin/scopes.xhtml", scope).statusCode(), caller);
        }
        assertEquals(302, new HttpUser("198.51.100.70").login(victim, TestAccounts.PASSWORD).statusCode(), "the victim is untouched");
    }
}
