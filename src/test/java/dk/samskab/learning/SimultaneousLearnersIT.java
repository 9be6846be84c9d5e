package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.AtOnce;
import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A synchronised start, as when a municipality opens a course for everyone at 09:00: learners
 * who have just been enrolled sign in, hand in their first quiz and mark their first lesson done
 * at the same moment. Every one of them gets their own answer, and every write lands exactly once.
 */
class SimultaneousLearnersIT {

    private static final int LEARNERS = 10;
    private static final String COURSE = "FRI-001";
    private static final Pattern RADIO = Pattern.compile("<input[^>]*type=\"radio\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private record Learner(HttpUser user, long enrolment, String coursePage) {
    }

    @Test
    void freshLearnersSigningInAnsweringAndMarkingDoneAtOnceAreEachRecordedOnce() throws Exception {
        List<String> emails = new ArrayList<>();
        List<Long> enrolments = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            String email = TestAccounts.create("Samtidig Kursist " + (char) ('A' + i), "LEARNER");
            emails.add(email);
            enrolments.add(TestAccounts.enrol(email, COURSE));
        }
        List<Learner> learners = atOnce(LEARNERS, i -> {
            HttpUser user = HttpUser.signedIn(emails.get(i), TestAccounts.PASSWORD);
            long enrolment = enrolments.get(i);
            return new Learner(user, enrolment, user.get("/learner/course.xhtml?e=" + enrolment).body().replace("&amp;", "&"));
        });

        List<Map<String, String>> quizForms = new ArrayList<>();
        List<String> quizPages = new ArrayList<>();
        for (Learner learner : learners) {
            String address = link(learner.coursePage(), "/learner/quiz\\.xhtml\\?[^\"]+");
            quizPages.add(address);
            quizForms.add(quizForm(learner.user().get(address).body()));
        }
        List<HttpResponse<String>> answered = atOnce(LEARNERS,
                i -> learners.get(i).user().post(quizPages.get(i), quizForms.get(i)));
        for (int i = 0; i < LEARNERS; i++) {
            assertEquals(200, answered.get(i).statusCode(), "learner " + i + " handing in the quiz");
            assertTrue(answered.get(i).body().contains("id=\"quizResult\""), "learner " + i + " sees the result");
        }

        List<String> lessonPages = new ArrayList<>();
        List<Map<String, String>> lessonForms = new ArrayList<>();
        for (Learner learner : learners) {
            String address = link(learner.coursePage(), "/learner/lesson\\.xhtml\\?[^\"]+");
            lessonPages.add(address);
            Map<String, String> form = new LinkedHashMap<>();
            form.put("lessonForm", "lessonForm");
            form.put("lessonForm:markDone", "x");
            form.put("jakarta.faces.ViewState", HttpUser.viewState(learner.user().get(address).body()));
            lessonForms.add(form);
        }
        List<HttpResponse<String>> marked = atOnce(LEARNERS, i -> learners.get(i).user().post(lessonPages.get(i), lessonForms.get(i)));
        for (int i = 0; i < LEARNERS; i++) {
            assertEquals(302, marked.get(i).statusCode(), "learner " + i + " marking the lesson done goes on to the next step");
        }

        try (Connection c = TestAccounts.connect()) {
            for (long enrolment : enrolments) {
                assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM quiz_attempt WHERE enrolment_id = ?", enrolment),
                        "one attempt for enrolment " + enrolment);
                assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ?", enrolment),
                        "one lesson done for enrolment " + enrolment);
            }
        }
    }

    @Test
    void onePersonSigningInOnSeveralDevicesAtOnceIsSignedInOnEach() throws Exception {
        String email = TestAccounts.create("Samtidig Enhed", "LEARNER");
        List<HttpResponse<String>> signIns = atOnce(4, i -> new HttpUser("198.51.100." + (80 + i)).login(email, TestAccounts.PASSWORD));
        for (HttpResponse<String> signIn : signIns) {
            assertEquals(302, signIn.statusCode(), "a sign-in beside another one of the same person");
        }
    }

    /** The quiz form as a learner sends it: the first option of every question. */
    private static Map<String, String> quizForm(String page) {
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
        assertTrue(form.size() > 1, "the quiz has questions with options");
        Matcher token = Pattern.compile("name=\"attemptToken\" value=\"([^\"]*)\"").matcher(page);
        assertTrue(token.find(), "the quiz form carries an attempt token");
        form.put("attemptToken", token.group(1));
        form.put("quizForm:submit", "x");
        form.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        return form;
    }

    private static String link(String page, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(page);
        assertTrue(matcher.find(), "no link like " + pattern);
        return matcher.group();
    }

    private static <T> List<T> atOnce(int count, AtOnce.Work<T> work) throws Exception {
        return AtOnce.run(count, work);
    }
}
