package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestKeycloak;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through Aarhus Kommune's provider (a real Keycloak) driven over plain HTTP, as an
 * attacker with a captured address would: a code is redeemed once only, and the people the
 * provider signs in are scoped like everyone else.
 */
class ProviderSignInOverHttpIT {

    private static final String OLE = "ole.oestergaard@roedekors.example.dk";

    @Test
    void aCallbackAndItsCodeWorkOnceAndNeverAgain() throws SQLException {
        HttpUser anne = HttpUser.anonymous();
        String callback = TestKeycloak.authorise(anne, "sagsbehandler");
        assertEquals("/learner/index.xhtml", location(anne.get(callback)));

        assertEquals("/login.xhtml?sso=STATE", location(anne.get(callback)), "the same callback again finds nothing waiting");

        // Someone who captured the address starts a sign-in of their own and offers the code with its state.
        HttpUser thief = HttpUser.anonymous();
        String state = parameter(location(thief.get("/sso/start?provider=" + TestKeycloak.PROVIDER)), "state");
        long lastEntry = lastAuditEntry();
        HttpResponse<String> stolen = thief.get("/sso/callback?state=" + state + "&code=" + parameter(callback, "code"));
        assertEquals("/login.xhtml?sso=TOKEN", location(stolen), "the provider refuses a code it has redeemed");
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM audit_event WHERE id > ? AND action = 'LOGIN_FAILED'"
                    + " AND detail LIKE 'oidc TOKEN: token endpoint: invalid_grant%'", lastEntry));
        }
        assertTrue(location(thief.get("/learner/index.xhtml")).contains("/login.xhtml"), "the thief is not signed in");
    }

    @Test
    void aVolunteerTheProviderSignedInIsScopedLikeAnyLearner() throws SQLException {
        HttpUser ole = AccessMatrixIT.throughProvider("frivillig");
        assertEquals(200, ole.get("/learner/index.xhtml").statusCode());
        for (String elsewhere : new String[] {"/manager/index.xhtml", "/instructor/index.xhtml", "/admin/index.xhtml"}) {
            assertEquals(403, ole.get(elsewhere).statusCode(), elsewhere);
        }
        TestAccounts.enrol(OLE, "FRI-001");
        HttpUser aarhus = HttpUser.signedIn("jens@demo.samskab.dk", TestAccounts.PASSWORD);
        assertTrue(aarhus.get("/manager/learners.xhtml?course=FRI-001").body().contains("Ole Østergaard"),
                "Aarhus Kommune's training manager sees the volunteer the provider made a member of Aarhus Kommune");
        String roskildeManager = TestAccounts.create("Leder i Roskilde", "TRAINING_MANAGER");
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "INSERT INTO manager_scope (person_id, organisation_id) SELECT p.id, o.id FROM person p,"
                    + " organisation o WHERE p.email = ? AND o.code = 'kommune-roskilde'", roskildeManager);
        }
        HttpUser roskilde = HttpUser.signedIn(roskildeManager, TestAccounts.PASSWORD);
        assertFalse(roskilde.get("/manager/learners.xhtml?course=FRI-001").body().contains("Østergaard"),
                "Roskilde's manager does not");
    }

    private static long lastAuditEntry() throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COALESCE(MAX(id), 0) FROM audit_event");
        }
    }

    private static String location(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), response.uri().toString());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String parameter(String address, String name) {
        String query = URI.create(address).getRawQuery();
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "=")).findFirst()
                .map(p -> URLDecoder.decode(p.substring(name.length() + 1), StandardCharsets.UTF_8)).orElseThrow();
    }
}
