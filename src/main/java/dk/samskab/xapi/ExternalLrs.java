package dk.samskab.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Sends statements to the configured external LRS (Communication 2.1): a batch by POST, under the
 * ids they already have. If the LRS refuses the batch with 409 because it holds one of them, each
 * is sent by PUT, where 204 (stored) and 409 (held already) both mean delivered: the id is the key,
 * so a statement sent again after a crash is never stored twice.
 */
@ApplicationScoped
public class ExternalLrs {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    ForwardingSettings settings;

    public void deliver(List<JsonObject> statements) throws ForwardingFailure {
        JsonArrayBuilder batch = Json.createArrayBuilder();
        statements.forEach(batch::add);
        HttpResponse<String> posted = send(request(settings.statements()).POST(body(batch.build().toString())));
        if (posted.statusCode() == 200) {
            return;
        }
        if (posted.statusCode() != 409) {
            throw refused("POST", posted);
        }
        for (JsonObject statement : statements) {
            URI one = URI.create(settings.statements() + "?statementId=" + URLEncoder.encode(statement.getString("id"), StandardCharsets.UTF_8));
            HttpResponse<String> put = send(request(one).PUT(body(statement.toString())));
            if (put.statusCode() != 204 && put.statusCode() != 409) {
                throw refused("PUT", put);
            }
        }
    }

    private HttpRequest.Builder request(URI uri) {
        String credentials = settings.key() + ":" + settings.secret();
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws ForwardingFailure {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ForwardingFailure("could not reach the LRS: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForwardingFailure("interrupted");
        }
    }

    private static ForwardingFailure refused(String method, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body().strip();
        return new ForwardingFailure(method + " answered " + response.statusCode() + (body.isEmpty() ? ""
                : ": " + (body.length() > 200 ? body.substring(0, 200) + "…" : body)));
    }
}
