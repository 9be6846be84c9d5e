package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.TestApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Readiness and liveness over HTTP, as a load balancer or systemd would ask. */
class HealthIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(dk.samskab.testsupport.HttpUser.TIMEOUT).build();

    @Test
    void readinessReportsTheDatabaseUp() throws Exception {
        HttpResponse<String> response = get("/health/ready");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"name\":\"database\",\"status\":\"UP\""), response.body());
    }

    @Test
    void livenessReportsTheMigratedSchema() throws Exception {
        HttpResponse<String> response = get("/health/live");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"name\":\"database-schema\",\"status\":\"UP\""), response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(TestApplication.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
