package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Requests the site cannot use as sent, answered with a page that says why and a status that fits,
 * never the generic error page: an expired form, a form or an upload too large.
 */
class BadInputIT {

    private static final int MB = 1024 * 1024;

    @Test
    void aFormFromAPageTheServerNoLongerKnowsGetsTheExpiredPageWith400() {
        HttpUser user = HttpUser.signedIn(freshLearner("Udløbet Side"), TestAccounts.PASSWORD);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("someForm", "someForm");
        fields.put("jakarta.faces.ViewState", "-4242:-4242");
        HttpResponse<String> answer = user.post("/learner/index.xhtml", fields);
        assertEquals(400, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertEquals("Siden er udløbet", page.select("#errorHeading").text());
        assertEquals("/learner/index.xhtml", page.select("#openAgain").attr("href"), "a link opens the page again");
    }

    @Test
    void aFormOverTheLimitGetsTheTooLargePage() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:email", "x".repeat(3 * MB));
        HttpResponse<String> answer = new HttpUser("10.89.0.1").post("/login.xhtml", fields);
        assertEquals(413, answer.statusCode());
        assertEquals("Det, du sendte, er for stort", Jsoup.parse(answer.body()).select("#errorHeading").text());
    }

    @Test
    void aHandInOfAnySizeOverItsLimitGetsTheMessageNextToTheField() throws Exception {
        String email = freshLearner("Stor Fil");
        HttpUser learner = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        String task = reflectionTask(learner, email);
        for (int size : new int[] {11 * MB, 60 * MB}) {
            Document form = Jsoup.parse(learner.get(task).body());
            Element handIn = form.getElementById("handInForm");
            Map<String, String> fields = new LinkedHashMap<>();
            handIn.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.attr("value")));
            fields.put("handInForm:text", "");
            fields.put("handInForm:submit", "x");
            HttpResponse<String> answer = learner.postFile(handIn.attr("action"), fields, "handInForm:file", "rapport.pdf", size);
            assertEquals(200, answer.statusCode(), size / MB + " MB");
            assertEquals("Filen er for stor. Den må højst fylde 10 MB – gem eventuelt billederne i lavere opløsning.",
                    Jsoup.parse(answer.body()).select("#handInForm\\:fileError").text(), size / MB + " MB");
        }
        try (Connection c = TestAccounts.connect()) {
            assertEquals(0, TestAccounts.single(c, "SELECT COUNT(*) FROM submission s JOIN enrolment e ON e.id = s.enrolment_id"
                    + " JOIN person p ON p.id = e.person_id WHERE p.email = ?", email), "nothing was handed in");
        }
    }

    /** Enrols the learner in SAM-101's open cohort and returns the address of the first reflection task. */
    private static String reflectionTask(HttpUser learner, String email) throws Exception {
        Element enrol = Jsoup.parse(learner.get("/course.xhtml?code=SAM-101").body()).getElementById("enrolForm");
        Map<String, String> fields = new LinkedHashMap<>();
        enrol.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.attr("value")));
        Element join = enrol.select("input[type=submit]").first();
        fields.put(join.attr("name"), join.attr("value"));
        learner.post(enrol.attr("action"), fields);
        long enrolment;
        try (Connection c = TestAccounts.connect()) {
            enrolment = TestAccounts.single(c, "SELECT e.id FROM enrolment e JOIN person p ON p.id = e.person_id"
                    + " WHERE p.email = ? AND e.status = 'ENROLLED'", email);
        }
        String course = learner.get("/learner/course.xhtml?e=" + enrolment).body().replace("&amp;", "&");
        Matcher task = Pattern.compile("/learner/task\\.xhtml\\?[^\"]+").matcher(course);
        assertTrue(task.find(), "the course page links to its reflection tasks");
        return task.group();
    }

    private static String freshLearner(String name) {
        try {
            return TestAccounts.create(name, "LEARNER");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
