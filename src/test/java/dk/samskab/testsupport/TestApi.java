package dk.samskab.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * API clients for tests, and calls to /api/v1 as an integration would make them: a client
 * with a bearer token, plain JSON over HTTP, no cookies. Clients are written straight into the
 * database with the demo password's hash as their secret ({@link TestAccounts#PASSWORD}); the
 * page that makes them has its own browser test.
 */
public final class TestApi {

    public static final String SECRET = TestAccounts.PASSWORD;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(HttpUser.TIMEOUT).build();

    private final String clientId;
    private String token;

    private TestApi(String clientId) {
        this.clientId = clientId;
    }

    /** A client with the given scope kind (ALL, MANAGER with an owner's e-mail, or ORGANISATIONS with organisation codes). */
    public static TestApi client(String scope, boolean readWrite, int perMinute, String ownerEmail, String... organisationCodes) {
        String clientId = "sk-test-" + System.nanoTime();
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "INSERT INTO api_client (client_id, name, secret_hash, scope_kind, may_write, requests_per_minute,"
                    + " owner_id, created_by, created_at, updated_at) SELECT ?, ?, (SELECT a.password_hash FROM account a JOIN person q"
                    + " ON q.id = a.person_id WHERE q.email = 'mette@demo.samskab.dk'), ?, ?, ?, (SELECT p.id FROM person p WHERE"
                    + " p.email = ?), 'admin@demo.samskab.dk', CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3)", clientId,
                    "Test " + scope + " " + clientId, scope, readWrite, perMinute, ownerEmail);
            for (String code : organisationCodes) {
                TestAccounts.update(c, "INSERT INTO api_client_scope (api_client_id, organisation_id) SELECT a.id, o.id"
                        + " FROM api_client a, organisation o WHERE a.client_id = ? AND o.code = ?", clientId, code);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TestApi(clientId);
    }

    public static TestApi all() {
        return client("ALL", true, 100_000, null);
    }

    public static TestApi ofOrganisations(boolean readWrite, String... codes) {
        return client("ORGANISATIONS", readWrite, 100_000, null, codes);
    }

    public String clientId() {
        return clientId;
    }

    /** Revokes the client as the admin page does: at once, in the database. */
    public void revoke() {
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "UPDATE api_client SET revoked_at = CURRENT_TIMESTAMP(3) WHERE client_id = ?", clientId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token endpoint's answer to this client's id and secret. */
    public static HttpResponse<String> requestToken(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(TestApplication.baseUrl() + "/api/v1/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A valid access token of this client, fetched once. */
    public String token() {
        if (token == null) {
            HttpResponse<String> response = requestToken(clientId, SECRET);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token: " + response.statusCode() + " " + response.body());
            }
            token = json(response.body()).getString("access_token");
        }
        return token;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return call("GET", path, null, headers);
    }

    public HttpResponse<String> post(String path, String json, String... headers) {
        return call("POST", path, json, headers);
    }

    public HttpResponse<String> put(String path, String json, String... headers) {
        return call("PUT", path, json, headers);
    }

    public HttpResponse<String> delete(String path, String... headers) {
        return call("DELETE", path, null, headers);
    }

    /** A call with this client's token; path is below /api/v1, headers are name, value pairs. */
    public HttpResponse<String> call(String method, String path, String json, String... headers) {
        return withToken(token(), method, path, json, headers);
    }

    /** A call with any bearer token (or none, when null). */
    public static HttpResponse<String> withToken(String token, String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestApplication.baseUrl() + "/api/v1" + path))
                .timeout(HttpUser.TIMEOUT).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null && !java.util.Arrays.asList(headers).contains("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The problem type's slug of a problem-detail answer (urn:samskab:problem:SLUG). */
    public static String problem(HttpResponse<String> response) {
        String type = json(response.body()).getString("type", "");
        return type.substring(type.lastIndexOf(':') + 1);
    }

    /** The ids of a page's items. */
    public static List<Long> ids(HttpResponse<String> page) {
        return json(page.body()).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber(o.containsKey("id") ? "id" : "enrolment").longValue()).toList();
    }
}
