package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestHostileProvider;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The back-channel logout endpoint as a provider, or someone pretending to be one, posts to it:
 * only a logout token signed by a configured provider's published key, for Samskab's client,
 * with the back-channel event and without a nonce, ends anything; everything else is answered
 * 400 with OAuth's error and ends nothing. (A real provider's logout is in SingleSignOnIT.)
 */
class BackChannelLogoutIT {

    private static final String HONEST_KEY = TestHostileProvider.EXPIRED;

    @Test
    void aProvidersSignedLogoutTokenIsTakenAndStored() throws SQLException {
        String sid = UUID.randomUUID().toString();
        HttpResponse<String> answer = post(TestHostileProvider.logoutToken(HONEST_KEY, sid, TestHostileProvider.LOGOUT_EVENT));
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(1, ended(sid));
    }

    @Test
    void aForgedTokenAnIdTokenATokenWithANonceAndGarbageEndNothing() throws SQLException {
        String sid = UUID.randomUUID().toString();
        Map<String, String> refused = Map.of(
                "forged signature", TestHostileProvider.logoutToken(TestHostileProvider.FORGED, sid, TestHostileProvider.LOGOUT_EVENT),
                "no back-channel event", TestHostileProvider.logoutToken(HONEST_KEY, sid, Map.of()),
                "a nonce", TestHostileProvider.logoutToken(HONEST_KEY, sid, Map.of("events",
                        TestHostileProvider.LOGOUT_EVENT.get("events"), "nonce", "n-0S6_WzA2Mj")),
                "not a JWT", "this.is.not",
                "empty", "");
        refused.forEach((what, token) -> {
            HttpResponse<String> answer = post(token);
            assertEquals(400, answer.statusCode(), what);
            assertTrue(answer.body().contains("\"error\":\"invalid_request\""), what + ": " + answer.body());
        });
        assertEquals(0, ended(sid));
        assertEquals(400, HttpUser.anonymous().post("/sso/backchannel-logout", Map.of()).statusCode(), "no token at all");
    }

    private static HttpResponse<String> post(String token) {
        return HttpUser.anonymous().post("/sso/backchannel-logout", Map.of("logout_token", token));
    }

    private static long ended(String sid) throws SQLException {
        try (Connection c = TestAccounts.connect()) {
            return TestAccounts.single(c, "SELECT COUNT(*) FROM ended_provider_session WHERE sid = ?", sid);
        }
    }
}
