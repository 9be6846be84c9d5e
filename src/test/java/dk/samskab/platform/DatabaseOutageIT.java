package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.LoginPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * With the database gone, users get a clear page instead of a stack trace and the readiness check
 * says DOWN; when it comes back, the application recovers by itself. Runs last: it cuts the
 * shared application off its database for a while.
 */
@Order(Integer.MAX_VALUE)
class DatabaseOutageIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(dk.samskab.testsupport.HttpUser.TIMEOUT).build();

    @Test
    void aStoppedDatabaseGivesAClearMessageAndTheApplicationRecovers() throws Exception {
        String base = TestApplication.baseUrl();
        assertEquals(200, readiness(base).statusCode());

        try (Browser browser = new Browser(base)) {
            AppPage home = LoginPage.open(browser).loginAs("mette@demo.samskab.dk", "samskab-demo-2026");
            assertEquals("Min læring", home.heading());

            TestApplication.cutDatabase();
            try {
                HttpResponse<String> down = readiness(base);
                assertEquals(503, down.statusCode(), down.body());
                assertTrue(down.body().contains("\"DOWN\""), down.body());

                browser.visit("/learner/index.xhtml");
                AppPage unavailable = new AppPage(browser);
                assertEquals("Samskab kan ikke nå databasen lige nu", unavailable.heading());
                assertFalse(browser.visibleText().contains("Exception"), "no stack trace");
                assertFalse(browser.visibleText().contains("SQL"), "no SQL");
            } finally {
                TestApplication.restoreDatabase();
            }

            awaitReady(base);
            browser.visit("/learner/index.xhtml");
            assertEquals("Min læring", new AppPage(browser).heading());
        }
    }

    private HttpResponse<String> readiness(String base) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady(String base) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (readiness(base).statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The application did not become ready again after the database came back");
    }
}
