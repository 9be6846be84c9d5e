package dk.samskab.xapi;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Calls to the running application's LRS as an xAPI client makes them, for the LRS's integration tests. */
final class LrsCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(HttpUser.TIMEOUT).build();

    private LrsCalls() {
    }

    /**
     * An LRS client written straight into the database. Its secret is the demo password, whose
     * PBKDF2 hash (made by account.PasswordHashing, as an LRS client's is) the demo accounts hold.
     */
    record Client(String key, String secret) {

        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String query) {
            return send("GET", "/xapi/statements" + query, null, headers());
        }

        HttpResponse<String> post(String json) {
            return send("POST", "/xapi/statements", json, headers("Content-Type", "application/json"));
        }

        HttpResponse<String> put(String id, String json) {
            return send("PUT", "/xapi/statements?statementId=" + id, json, headers("Content-Type", "application/json"));
        }

        String[] headers(String... more) {
            List<String> all = new ArrayList<>(List.of("X-Experience-API-Version", "1.0.3", "Authorization", authorization()));
            all.addAll(List.of(more));
            return all.toArray(String[]::new);
        }
    }

    static Client newClient(String name) throws SQLException {
        String key = "lrs-test-" + UUID.randomUUID();
        try (Connection c = TestAccounts.connect()) {
            TestAccounts.update(c, "INSERT INTO xapi_client (name, client_key, secret_hash, enabled, created_at, updated_at)"
                    + " SELECT ?, ?, a.password_hash, TRUE, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) FROM account a"
                    + " JOIN person p ON p.id = a.person_id WHERE p.email = 'mette@demo.samskab.dk'", name, key);
        }
        return new Client(key, TestAccounts.PASSWORD);
    }

    static HttpResponse<String> send(String method, String path, String body, String... headers) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                HttpResponse.BodyHandlers.ofString(), headers);
    }

    /** A request with a body of bytes, such as a document of no text type; the answer's body as bytes. */
    static HttpResponse<byte[]> sendBytes(String method, String path, byte[] body, String... headers) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body),
                HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    private static <T> HttpResponse<T> send(String method, String path, HttpRequest.BodyPublisher body,
            HttpResponse.BodyHandler<T> answer, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestApplication.baseUrl() + path)).timeout(HttpUser.TIMEOUT)
                .method(method, body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonStructure json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }

    static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    static String query(String... pairs) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }

}
