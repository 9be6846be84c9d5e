package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GDPR over HTTP: a person downloads everything stored about them as JSON, and an admin erases
 * a person, who can then no longer sign in and whose name and address are gone.
 */
class PersonalDataIT {

    @Test
    void aLearnerDownloadsEverythingStoredAboutThemAndNothingSecret() {
        HttpResponse<String> download = HttpUser.signedIn("birthe@demo.samskab.dk", TestAccounts.PASSWORD).get("/account/my-data");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String json = download.body();
        for (String expected : new String[] {"\"email\": \"birthe@demo.samskab.dk\"", "\"organisation_code\": \"roede-kors\"",
            "\"course\": \"FRI-001\"", "\"roles\": \"LEARNER\"", "\"action\": \"LOGIN\"", "\"learningEvents\"", "\"quizAttempts\"",
            "\"handIns\"", "\"credits\"", "\"selfAssessments\""}) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
        assertFalse(json.contains("password_hash") || json.contains("token_hash") || json.contains("pbkdf2")
                || json.contains("PBKDF2"), "no secrets in the export");
        assertFalse(json.contains("mette@demo.samskab.dk"), "nothing about anyone else");

        HttpResponse<String> anonymous = HttpUser.anonymous().get("/account/my-data");
        assertTrue(anonymous.statusCode() == 302 && anonymous.headers().firstValue("Location").orElse("").contains("/login.xhtml"));
    }

    @Test
    void anAdminErasesAPersonAfterConfirming() throws Exception {
        String email = TestAccounts.create("Gitte Glemmes", "LEARNER");
        HttpUser admin = HttpUser.signedIn("admin@demo.samskab.dk", TestAccounts.PASSWORD);
        assertTrue(erase(admin, email, false).contains("Sæt kryds for at bekræfte"), "nothing happens without the confirmation");
        assertEquals(302, new HttpUser("198.51.100.60").login(email, TestAccounts.PASSWORD).statusCode(), "still there");
        assertTrue(erase(admin, "ingen-" + System.nanoTime() + "@example.dk", true).contains("Der er ingen person med den e-mailadresse"));
        assertTrue(erase(admin, "admin@demo.samskab.dk", true).contains("Du kan ikke slette dig selv"));

        String done = erase(admin, email, true);
        assertTrue(done.contains("Personen er slettet og hedder nu Slettet person"), done);
        assertEquals(200, new HttpUser("198.51.100.61").login(email, TestAccounts.PASSWORD).statusCode(), "no account any more");
        try (Connection c = TestAccounts.connect();
                PreparedStatement find = c.prepareStatement("SELECT COUNT(*) FROM person WHERE email = ? OR full_name = ?")) {
            find.setString(1, email);
            find.setString(2, "Gitte Glemmes");
            try (ResultSet rows = find.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getLong(1), "neither the address nor the name is stored");
            }
        }
        assertTrue(admin.get("/admin/audit.xhtml?action=PERSON_ERASED").body().contains("Person slettet"));
    }

    private static String erase(HttpUser admin, String email, boolean confirmed) {
        String page = admin.get("/admin/erase.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("eraseForm", "eraseForm");
        fields.put("eraseForm:email", email);
        if (confirmed) {
            fields.put("eraseForm:confirmed", "on");
        }
        fields.put("eraseForm:erase", "x");
        fields.put("jakarta.faces.ViewState", HttpUser.viewState(page));
        return admin.post("/admin/erase.xhtml", fields).body();
    }
}
