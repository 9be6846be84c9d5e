package dk.samskab.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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

/** An xAPI client of a Samskab LRS that reads statements with Basic credentials, every page of a query. */
public record XapiClient(String baseUrl, String key, String secret) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(HttpUser.TIMEOUT).build();

    /**
     * A client written straight into the database behind c, with this key. Its secret is the demo
     * password, whose PBKDF2 hash (made as an LRS client's is) the demo accounts hold.
     */
    public static XapiClient register(Connection c, String baseUrl, String key) throws SQLException {
        TestAccounts.update(c, "INSERT INTO xapi_client (name, client_key, secret_hash, enabled, created_at, updated_at)"
                + " SELECT ?, ?, a.password_hash, TRUE, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3) FROM account a"
                + " JOIN person p ON p.id = a.person_id WHERE p.email = 'mette@demo.samskab.dk'", "Test reader", key);
        return new XapiClient(baseUrl, key, TestAccounts.PASSWORD);
    }

    public static XapiClient register(Connection c, String baseUrl) throws SQLException {
        return register(c, baseUrl, "lrs-test-" + UUID.randomUUID());
    }

    /** Every statement the query finds, following "more" to the end. */
    public List<JsonObject> statements(String... pairs) {
        StringBuilder query = new StringBuilder("/xapi/statements");
        for (int i = 0; i < pairs.length; i += 2) {
            query.append(i == 0 ? '?' : '&').append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        List<JsonObject> found = new ArrayList<>();
        String next = query.toString();
        while (next != null && !next.isEmpty()) {
            JsonObject page = get(next);
            page.getJsonArray("statements").forEach(s -> found.add(s.asJsonObject()));
            String more = page.getString("more", "");
            next = more.isEmpty() ? null : more.substring(more.indexOf("/xapi/"));
        }
        return found;
    }

    public static String agent(String homePage, String name) {
        return Json.createObjectBuilder().add("objectType", "Agent")
                .add("account", Json.createObjectBuilder().add("homePage", homePage).add("name", name)).build().toString();
    }

    private JsonObject get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(HttpUser.TIMEOUT)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the statements. */
    public static List<String> ids(List<JsonObject> statements) {
        return statements.stream().map(s -> s.getString("id")).toList();
    }

}
