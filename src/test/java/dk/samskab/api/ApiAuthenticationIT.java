package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Client credentials, token checks, revocation, rate limits and the audit trail, from outside as an integration meets them. */
class ApiAuthenticationIT {

    @Test
    void theTokenEndpointSpeaksOAuth() throws Exception {
        TestApi client = TestApi.all();
        HttpResponse<String> wrong = TestApi.requestToken(client.clientId(), "not-the-secret");
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid_client", TestApi.json(wrong.body()).getString("error"));
        HttpResponse<String> unknown = TestApi.requestToken("sk-nobody", TestApi.SECRET);
        assertEquals(401, unknown.statusCode());

        String basic = Base64.getEncoder().encodeToString((client.clientId() + ":" + TestApi.SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> viaBasic = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                dk.samskab.testsupport.TestApplication.baseUrl() + "/api/v1/oauth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, viaBasic.statusCode(), viaBasic.body());
        assertEquals("Bearer", TestApi.json(viaBasic.body()).getString("token_type"));
        assertTrue(TestApi.json(viaBasic.body()).getInt("expires_in") > 0);
        assertTrue(viaBasic.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

        HttpResponse<String> password = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                dk.samskab.testsupport.TestApplication.baseUrl() + "/api/v1/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=a&password=b")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, password.statusCode());
        assertEquals("unsupported_grant_type", TestApi.json(password.body()).getString("error"));
    }

    @Test
    void missingForgedExpiredAndForeignTokensAreEachRefusedWithTheirOwnProblem() throws Exception {
        TestApi client = TestApi.all();
        assertRefused("token-missing", TestApi.withToken(null, "GET", "/courses", null));
        assertRefused("token-malformed", TestApi.withToken("not.a.jwt", "GET", "/courses", null));
        RSAKey stranger = new RSAKeyGenerator(2048).keyID(serverKey().getKeyID()).generate();
        assertRefused("token-invalid-signature", TestApi.withToken(sign(stranger, client.clientId(), "samskab-api", 60), "GET", "/courses", null));
        assertRefused("token-expired", TestApi.withToken(sign(serverKey(), client.clientId(), "samskab-api", -120), "GET", "/courses", null));
        assertRefused("token-wrong-audience", TestApi.withToken(sign(serverKey(), client.clientId(), "another-api", 60), "GET", "/courses", null));
        assertEquals(200, TestApi.withToken(sign(serverKey(), client.clientId(), "samskab-api", 60), "GET", "/courses", null).statusCode(),
                "the same key and claims, in time, are accepted");
    }

    @Test
    void revokingAClientStopsItAtOnceWhateverTokensItHolds() {
        TestApi client = TestApi.ofOrganisations(false, "kommune-aarhus");
        assertEquals(200, client.get("/organisations").statusCode());
        client.revoke();
        assertRefused("client-revoked", client.get("/organisations"));
        assertEquals(401, TestApi.requestToken(client.clientId(), TestApi.SECRET).statusCode());
    }

    @Test
    void aClientOverItsLimitGets429WithRetryAfterAndEveryCallIsAudited() throws Exception {
        TestApi client = TestApi.client("ORGANISATIONS", false, 5, null, "kommune-aarhus");
        client.token();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(pool.submit(() -> client.get("/organisations")));
        }
        int ok = 0;
        int limited = 0;
        for (Future<HttpResponse<String>> call : calls) {
            HttpResponse<String> response = call.get();
            if (response.statusCode() == 200) {
                ok++;
            } else {
                assertEquals(429, response.statusCode(), response.body());
                assertEquals("rate-limited", TestApi.problem(response));
                assertTrue(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow()) >= 1);
                limited++;
            }
        }
        pool.shutdown();
        assertEquals(5, ok, "the limit is 5 a minute");
        assertEquals(5, limited);
        try (Connection c = TestAccounts.connect()) {
            assertEquals(10, TestAccounts.single(c, "SELECT COUNT(*) FROM audit_event WHERE action = 'API_CALL' AND actor LIKE ?"
                    + " AND subject = 'GET /api/v1/organisations'", "api:" + client.clientId() + " %"));
            assertEquals(5, TestAccounts.single(c, "SELECT COUNT(*) FROM audit_event WHERE action = 'API_CALL' AND actor LIKE ?"
                    + " AND detail = '429 rate-limited'", "api:" + client.clientId() + " %"));
        }
    }

    private static void assertRefused(String slug, HttpResponse<String> response) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(slug, TestApi.problem(response));
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    /** The server's signing key, read from its table: what only the server should hold. */
    private static RSAKey serverKey() throws Exception {
        TestApi.all().token();
        try (Connection c = TestAccounts.connect();
                PreparedStatement query = c.prepareStatement("SELECT jwk FROM api_signing_key ORDER BY id DESC LIMIT 1");
                ResultSet row = query.executeQuery()) {
            row.next();
            return RSAKey.parse(row.getString(1));
        }
    }

    private static String sign(RSAKey key, String clientId, String audience, long secondsLeft) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("samskab").audience(audience).subject(clientId)
                .issueTime(Date.from(now.minusSeconds(600))).expirationTime(Date.from(now.plusSeconds(secondsLeft))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
