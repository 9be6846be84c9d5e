package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions, sign-in and the audit log over plain HTTP, as a browser or a script would meet them:
 * security headers, a new session id at sign-in, cookie flags, sign-out, throttling per account
 * and per client address with one neutral answer, and an audit log nobody can change.
 */
class SessionAndLoginIT {

    private static final String DEMO_PASSWORD = TestAccounts.PASSWORD;
    private static final String THROTTLED = "For mange forsøg på at logge ind";

    private static String freshLearner(String name) throws SQLException {
        return TestAccounts.create(name, "LEARNER");
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        TestAccounts.update(c, sql, values);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(HttpUser.anonymous().get("/courses.xhtml"),
                HttpUser.signedIn("mette@demo.samskab.dk", DEMO_PASSWORD).get("/learner/index.xhtml"))) {
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'")
                    && policy.contains("object-src 'none'") && policy.contains("form-action 'self'"), policy);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
        }
        assertEquals("no-store", HttpUser.signedIn("mette@demo.samskab.dk", DEMO_PASSWORD).get("/learner/index.xhtml")
                .headers().firstValue("Cache-Control").orElse(""), "signed-in pages are not cached");
        for (String page : List.of("/courses.xhtml", "/no-such-page", "/jakarta.faces.resource/css/samskab.css.xhtml")) {
            HttpResponse<String> response = HttpUser.anonymous().get(page);
            assertEquals(List.of(), response.headers().allValues("Server"), page + " names the server");
            assertEquals(List.of(), response.headers().allValues("X-Powered-By"), page + " names the server");
        }
    }

    @Test
    void signingInStartsASessionRenewsAnExistingOneAndSigningOutEndsIt() throws Exception {
        HttpUser user = new HttpUser("198.51.100.20");
        assertEquals("", sessionCookie(user.get("/login.xhtml")), "an anonymous visitor gets no session");
        String email = freshLearner("Sofie");
        HttpResponse<String> login = user.login(email, DEMO_PASSWORD);
        assertEquals(302, login.statusCode());
        String first = sessionCookie(login);
        assertTrue(first.contains("HttpOnly") && first.toLowerCase().contains("samesite=lax"), first);
        assertEquals(200, user.get("/learner/index.xhtml").statusCode());

        HttpResponse<String> again = user.login(email, DEMO_PASSWORD);
        assertEquals(302, again.statusCode());
        String second = sessionCookie(again);
        assertFalse(second.isEmpty(), "signing in with a session open issues a new session id");
        assertNotEquals(first.split(";")[0], second.split(";")[0]);

        assertEquals(302, user.post("/logout", Map.of()).statusCode());
        HttpResponse<String> afterLogout = user.get("/learner/index.xhtml");
        assertTrue(afterLogout.statusCode() == 302 && afterLogout.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                "after signing out the old session opens nothing: " + afterLogout.statusCode());
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        String email = freshLearner("Tværs Over");
        HttpUser user = HttpUser.signedIn(email, DEMO_PASSWORD);
        Map<String, String> english = new java.util.LinkedHashMap<>();
        english.put("to", "en");
        english.put("next", "/learner/index.xhtml");
        assertEquals(403, user.post("/language", english, "Origin", "https://evil.example").statusCode());
        assertEquals(403, user.post("/language", english, "Origin", "null").statusCode(), "an opaque origin is no page of ours");
        assertEquals(403, user.post("/language", english, "Referer", "https://evil.example/page").statusCode());
        try (Connection c = TestAccounts.connect()) {
            assertEquals(0, TestAccounts.single(c, "SELECT COUNT(*) FROM person WHERE email = ? AND preferred_language = 'EN'", email),
                    "nothing changed");
        }
        String own = dk.samskab.testsupport.TestApplication.baseUrl();
        assertEquals(302, user.post("/language", english, "Origin", own).statusCode(), "the site's own form works");
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM person WHERE email = ? AND preferred_language = 'EN'", email));
        }

        HttpUser visitor = new HttpUser("198.51.100.80");
        String form = visitor.get("/login.xhtml").body();
        Map<String, String> login = new java.util.LinkedHashMap<>();
        login.put("loginForm", "loginForm");
        login.put("loginForm:email", email);
        login.put("loginForm:password", DEMO_PASSWORD);
        login.put("loginForm:submit", "x");
        login.put("jakarta.faces.ViewState", HttpUser.viewState(form));
        assertEquals(403, visitor.post("/login.xhtml", login, "Origin", "https://evil.example").statusCode(),
                "another site cannot sign a visitor in to an account of its choosing");
    }

    @Test
    void aForgedHostHeaderNeverReachesALink() throws Exception {
        for (String page : List.of("/learner/index.xhtml", "/manager/dashboard.xhtml?x=1")) {
            String answer = rawRequest("GET " + page, "");
            assertTrue(answer.startsWith("HTTP/1.1 302"), answer);
            assertTrue(location(answer).startsWith("/login.xhtml"), "a redirect within the site is relative: " + answer);
        }
        String switched = rawRequest("POST /language", "to=en&next=%2Fcourses.xhtml");
        assertEquals("/courses.xhtml", location(switched), switched);
    }

    private static String location(String answer) {
        return answer.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).map(l -> l.substring(9).strip())
                .findFirst().orElse("");
    }

    /** A request with Host: evil.example, written by hand since HTTP clients will not send a Host of their choosing. */
    private static String rawRequest(String methodAndPath, String formBody) throws java.io.IOException {
        java.net.URI base = java.net.URI.create(dk.samskab.testsupport.TestApplication.baseUrl());
        String request = methodAndPath + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n"
                + (formBody.isEmpty() ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                        + formBody.length() + "\r\n")
                + "\r\n" + formBody;
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void fiveWrongPasswordsStopOnlyTheGuessersAddressAndUnknownAccountsGetTheSameAnswer() throws Exception {
        String email = freshLearner("Jonas");
        HttpUser guesser = new HttpUser("198.51.100.21");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = guesser.login(email, "forkert-kodeord-" + i);
            assertEquals(200, refused.statusCode());
            assertTrue(refused.body().contains("E-mail eller adgangskode er forkert"), "attempt " + (i + 1));
        }
        HttpResponse<String> guessed = guesser.login(email, DEMO_PASSWORD);
        assertEquals(200, guessed.statusCode(), "even the right password is refused from the guessing address");
        assertTrue(guessed.body().contains(THROTTLED), guessed.body());
        assertEquals(302, new HttpUser("198.51.100.22").login(email, DEMO_PASSWORD).statusCode(),
                "the owner, elsewhere, still signs in: a stranger cannot lock the account");

        String unknown = "ingen-" + System.nanoTime() + "@example.dk";
        for (int i = 0; i < 5; i++) {
            guesser.login(unknown, "forkert-kodeord-" + i);
        }
        assertTrue(guesser.login(unknown, DEMO_PASSWORD).body().contains(THROTTLED), "no difference shows whether an account exists");

        try (Connection c = TestAccounts.connect();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE subject = ? AND action = ?")) {
            assertEquals(5, count(count, email, "LOGIN_FAILED"));
            assertEquals(1, count(count, email, "LOGIN_THROTTLED"));
            assertEquals(1, count(count, email, "LOGIN"));
        }
    }

    @Test
    void spreadOutGuessingLeavesTheOwnerTheirOwnBrowserAndTheResetLink() throws Exception {
        String email = freshLearner("Asta");
        HttpUser ownBrowser = new HttpUser("198.51.100.60");
        assertEquals(302, ownBrowser.login(email, DEMO_PASSWORD).statusCode());
        assertEquals(302, ownBrowser.post("/logout", Map.of()).statusCode());
        for (int i = 0; i < 20; i++) {
            new HttpUser("203.0.113." + (i + 1)).login(email, "forkert-kodeord-" + i);
        }
        HttpResponse<String> stranger = new HttpUser("203.0.113.99").login(email, DEMO_PASSWORD);
        assertTrue(stranger.body().contains(THROTTLED), "after guesses from twenty addresses a new browser must wait");
        assertEquals(302, ownBrowser.login(email, DEMO_PASSWORD).statusCode(), "the browser the owner signed in from before still works");

        HttpUser elsewhere = new HttpUser("198.51.100.61");
        askForLink(elsewhere, email);
        String mail = dk.samskab.testsupport.TestMail.await(email, "Vælg en ny adgangskode").body();
        chooseNewPassword(elsewhere, mail, "vinterbadning i havnen");
        assertEquals(302, new HttpUser("203.0.113.98").login(email, "vinterbadning i havnen").statusCode(),
                "after choosing a new password through the mailed link, earlier guesses no longer hold the account back");
    }

    @Test
    void unknownAndKnownAccountsAnswerAWrongPasswordInTheSameTime() throws Exception {
        String email = freshLearner("Tid");
        int rounds = 8;
        long[] known = new long[rounds];
        long[] unknown = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            new HttpUser("192.0.2." + (i + 1)).login(email, "forkert-kodeord-" + i);
            known[i] = System.nanoTime() - start;
            start = System.nanoTime();
            new HttpUser("192.0.2." + (i + 101)).login("ingen-" + i + "-" + System.nanoTime() + "@example.dk", "forkert-kodeord");
            unknown[i] = System.nanoTime() - start;
        }
        double ratio = (double) median(known) / median(unknown);
        System.out.printf("Wrong password, median of %d: known account %.0f ms, unknown address %.0f ms%n", rounds,
                median(known) / 1e6, median(unknown) / 1e6);
        assertTrue(ratio > 0.6 && ratio < 1.6, String.format("median %.0f ms for a known account, %.0f ms for an unknown one",
                median(known) / 1e6, median(unknown) / 1e6));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    @Test
    void twentyFailuresFromOneAddressStopThatAddressOnly() throws Exception {
        HttpUser spray = new HttpUser("198.51.100.30");
        for (int i = 0; i < 20; i++) {
            spray.login("spray-" + i + "-" + System.nanoTime() + "@example.dk", "forkert-kodeord");
        }
        String email = freshLearner("Ida");
        assertTrue(spray.login(email, DEMO_PASSWORD).body().contains(THROTTLED), "the address is throttled for any account");
        assertEquals(302, new HttpUser("198.51.100.31").login(email, DEMO_PASSWORD).statusCode(), "another address signs in");
    }

    @Test
    void theAuditLogRecordsSignInsAndRefusesChanges() throws Exception {
        String email = freshLearner("Emil");
        new HttpUser("198.51.100.40").login(email, DEMO_PASSWORD);
        try (Connection c = TestAccounts.connect();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM audit_event WHERE subject = ? AND action = ?")) {
            assertEquals(1, count(count, email, "LOGIN"));
            SQLException update = assertThrows(SQLException.class, () -> update(c,
                    "UPDATE audit_event SET subject = 'someone-else' WHERE subject = ?", email));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            assertThrows(SQLException.class, () -> update(c, "DELETE FROM audit_event WHERE subject = ?", email));
            assertEquals(1, count(count, email, "LOGIN"), "the entry is still there");
        }
        HttpUser admin = HttpUser.signedIn("admin@demo.samskab.dk", DEMO_PASSWORD);
        String page = admin.get("/admin/audit.xhtml?person=" + java.net.URLEncoder.encode(email, "UTF-8")).body();
        assertTrue(page.contains("Logget ind") && page.contains("198.51.100.40"), "admins read who signed in from where");
        assertEquals(403, HttpUser.signedIn("jens@demo.samskab.dk", DEMO_PASSWORD).get("/admin/audit.xhtml").statusCode());
    }

    @Test
    void aForgottenPasswordIsReplacedThroughAOneTimeLinkSentByMail() throws Exception {
        String email = freshLearner("Karla");
        HttpUser user = new HttpUser("198.51.100.50");
        String known = askForLink(user, email);
        String unknown = askForLink(user, "ingen-" + System.nanoTime() + "@example.dk");
        assertTrue(known.contains("Hvis der er en konto med den adresse"), known);
        assertEquals(answer(known), answer(unknown), "the page does not tell whether the address has an account");

        String mail = dk.samskab.testsupport.TestMail.await(email, "Vælg en ny adgangskode").body();
        String token = chooseNewPassword(user, mail, "ny sommer ved fjorden");

        assertEquals(200, new HttpUser("198.51.100.51").login(email, DEMO_PASSWORD).statusCode(), "the old password is gone");
        assertEquals(302, new HttpUser("198.51.100.51").login(email, "ny sommer ved fjorden").statusCode());
        assertTrue(openLink(user, token).contains("invalidLink"), "the link works once");
    }

    @Test
    void theLogsHoldNoPasswordsTokensOrSessionIds() throws Exception {
        String email = freshLearner("Log Tjek");
        String chosen = "logtjek " + System.nanoTime() + " ved stranden";
        HttpUser user = new HttpUser("198.51.100.90");
        HttpResponse<String> signedIn = user.login(email, DEMO_PASSWORD);
        String session = sessionCookie(signedIn).split(";")[0].substring("JSESSIONID=".length());
        user.login(email, "forkert " + chosen);
        askForLink(user, email);
        String mail = dk.samskab.testsupport.TestMail.await(email, "Vælg en ny adgangskode").body();
        String token = chooseNewPassword(user, mail, chosen);
        assertEquals(302, new HttpUser("198.51.100.91").login(email, chosen).statusCode());

        java.nio.file.Path log = dk.samskab.testsupport.TestDatabase.buildDir().toPath().resolve("test-app/payara.log");
        String written = java.nio.file.Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(written.length() > 1000, "the application server's log is there: " + log);
        for (String secret : List.of(DEMO_PASSWORD, chosen, token, session)) {
            assertFalse(written.contains(secret), "the log holds a secret: " + secret.substring(0, 4) + "…");
        }
        try (Connection c = TestAccounts.connect()) {
            assertEquals(0, TestAccounts.single(c, "SELECT COUNT(*) FROM audit_event WHERE detail LIKE ? OR detail LIKE ?",
                    "%" + chosen + "%", "%" + token + "%"), "nor does the audit log");
        }
    }

    /**
     * Opens the mailed link as the browser's script does (the token travels in a POST body, never
     * in the address) and chooses the password; returns the link's token.
     */
    private static String chooseNewPassword(HttpUser user, String mail, String password) {
        String link = mail.lines().filter(l -> l.contains("/activate.xhtml#token=")).findFirst().orElseThrow().strip();
        String token = link.substring(link.indexOf("#token=") + "#token=".length());
        String form = openLink(user, token);
        assertTrue(form.contains("activationForm"), "the link opens the form");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("activationForm", "activationForm");
        fields.put("token", token);
        fields.put("activationForm:password", password);
        fields.put("activationForm:repeated", password);
        fields.put("activationForm:activate", "x");
        fields.put("jakarta.faces.ViewState", HttpUser.viewState(form));
        HttpResponse<String> chosen = user.post("/activate.xhtml", fields);
        assertEquals(302, chosen.statusCode(), chosen.body());
        return token;
    }

    private static String openLink(HttpUser user, String token) {
        return user.post("/activate.xhtml", Map.of("token", token)).body();
    }

    private static String askForLink(HttpUser user, String email) {
        String page = user.get("/reset.xhtml").body();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("resetForm", "resetForm");
        fields.put("resetForm:email", email);
        fields.put("resetForm:send", "x");
        fields.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        return user.post("/reset.xhtml", fields).body();
    }

    /** The page's message, without the form's view state. */
    private static String answer(String page) {
        return page.replaceAll("(?s).*<ul id=\"resetForm:messages\"[^>]*>(.*?)</ul>.*", "$1");
    }

    private static long count(PreparedStatement count, String subject, String action) throws SQLException {
        count.setString(1, subject);
        count.setString(2, action);
        try (ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
