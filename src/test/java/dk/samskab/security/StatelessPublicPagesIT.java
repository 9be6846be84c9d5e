package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Anonymous visitors cost the server no state: no public page, error page or form answer creates
 * an HTTP session, so a crawler or a newsletter link cannot fill the heap. Signing in still works
 * from such a page, and only then does a session begin.
 */
class StatelessPublicPagesIT {

    @Test
    void noAnonymousPageCreatesASession() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/index.xhtml", "/courses.xhtml",
                "/courses.xhtml?audience=volunteer&q=samskabelse", "/course.xhtml?code=SAM-101", "/course.xhtml?code=NONE-999",
                "/login.xhtml", "/login.xhtml?next=%2Fcourse.xhtml%3Fcode%3DSAM-101", "/reset.xhtml", "/activate.xhtml",
                "/verify.xhtml", "/verify/NOSUCHCODE", "/privacy.xhtml", "/accessibility.xhtml", "/no-such-page.xhtml",
                "/join.xhtml?invite=" + anInvitation(), "/health/ready", "/health/live"));
        List<String> withSession = new ArrayList<>();
        HttpUser visitor = HttpUser.anonymous();
        for (String page : pages) {
            HttpResponse<String> response = visitor.get(page);
            assertTrue(response.statusCode() < 500, page + " answered " + response.statusCode());
            if (setsSessionCookie(response)) {
                withSession.add(page);
            }
        }
        assertEquals(List.of(), withSession, "pages that created an HTTP session for an anonymous visitor");
    }

    @Test
    void anUnknownAddressIsNotFoundRatherThanASignIn() {
        HttpUser visitor = HttpUser.anonymous();
        for (String page : List.of("/no-such-page.xhtml", "/learner/no-such-page.xhtml", "/admin/nothing", "/wp-login.php")) {
            HttpResponse<String> response = visitor.get(page);
            assertEquals(404, response.statusCode(), page);
            assertTrue(response.body().contains("id=\"errorHeading\""), page + " shows the friendly page");
            assertFalse(setsSessionCookie(response), page);
        }
        assertEquals(302, visitor.get("/learner/index.xhtml").statusCode(), "a page that exists still asks for sign-in");
    }

    @Test
    void formsOfAnonymousPagesWorkWithoutASession() throws Exception {
        HttpUser visitor = new HttpUser("10.77.0.1");
        HttpResponse<String> wrong = visitor.login("nobody-" + System.nanoTime() + "@example.dk", "not the password at all");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"loginForm\""), "the form is shown again with its message");
        assertFalse(setsSessionCookie(wrong), "a refused sign-in leaves no session behind");

        Map<String, String> english = new LinkedHashMap<>();
        english.put("to", "en");
        english.put("next", "/courses.xhtml");
        HttpResponse<String> switched = visitor.post("/language", english);
        assertEquals(302, switched.statusCode());
        assertFalse(setsSessionCookie(switched), "the language choice travels in a cookie of its own");
        assertTrue(visitor.get("/courses.xhtml").body().contains("lang=\"en\""), "the next page is in English");

        String email = TestAccounts.create("Tilstandsløs Deltager", "LEARNER");
        HttpResponse<String> signedIn = visitor.login(email, TestAccounts.PASSWORD);
        assertEquals(302, signedIn.statusCode());
        assertTrue(setsSessionCookie(signedIn), "signing in starts the session");
    }

    private static boolean setsSessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID"));
    }

    private static String anInvitation() throws Exception {
        try (Connection c = TestAccounts.connect(); ResultSet rows = c.createStatement()
                .executeQuery("SELECT invite_token FROM cohort WHERE invite_token IS NOT NULL AND ends_on >= CURRENT_DATE LIMIT 1")) {
            assertTrue(rows.next(), "the demo data has an open invitation");
            return rows.getString(1);
        }
    }
}
