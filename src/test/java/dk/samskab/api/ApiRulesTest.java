package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The API's small rules without a server: cursors, If-Match, limits and rate buckets. */
class ApiRulesTest {

    @Test
    void aCursorNamesThePositionItWasMadeFromAndAForeignOneIsRefused() {
        Page.Position position = new Page.Position(Instant.parse("2026-12-01T08:15:30.123Z"), 4711);
        assertEquals(position, Page.Position.decode(position.encode()));
        assertEquals(Page.Position.START, Page.Position.decode(null));
        ApiProblem foreign = assertThrows(ApiProblem.class, () -> Page.Position.decode("bm90LW91cnM"));
        assertEquals("urn:samskab:problem:bad-cursor", foreign.type());
        assertEquals(400, foreign.status());
    }

    @Test
    void listRequestsCheckTheirLimitAndTime() {
        assertEquals(Page.DEFAULT_LIMIT, Page.Request.of(null, null, null).limit());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), Page.Request.of(null, "2026-12-01T00:00:00Z", 5).updatedSince());
        assertEquals(422, assertThrows(ApiProblem.class, () -> Page.Request.of(null, null, 0)).status());
        assertEquals(422, assertThrows(ApiProblem.class, () -> Page.Request.of(null, null, Page.MAX_LIMIT + 1)).status());
        ApiProblem time = assertThrows(ApiProblem.class, () -> Page.Request.of(null, "yesterday", null));
        assertEquals("updatedSince", time.errors().get(0).field());
    }

    @Test
    void anUpdateNeedsTheCurrentVersionInIfMatch() {
        Versions.requireMatch("\"3\"", 3);
        Versions.requireMatch("W/\"3\"", 3);
        Versions.requireMatch("\"1\", \"3\"", 3);
        Versions.requireMatch("*", 3);
        assertEquals(412, assertThrows(ApiProblem.class, () -> Versions.requireMatch("\"2\"", 3)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> Versions.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> Versions.requireMatch(" ", 3)).status());
    }

    @Test
    void aBucketAllowsItsLimitAtOnceAndNoMoreEvenFromManyThreads() throws Exception {
        RateLimits limits = new RateLimits();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Long>> takes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            takes.add(pool.submit(() -> limits.take("client", 120)));
        }
        int allowed = 0;
        for (Future<Long> take : takes) {
            long wait = take.get();
            if (wait == 0) {
                allowed++;
            } else {
                assertTrue(wait >= 1 && wait <= 1, "one token comes back every half second: " + wait);
            }
        }
        pool.shutdown();
        assertTrue(allowed >= 120 && allowed <= 121, "120 a minute, spent at once: " + allowed);
        assertEquals(0, limits.take("another client", 120), "each client has its own bucket");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> Fields.check().required("fullName", " ").email("email", "nope")
                .maxLength("externalId", "x".repeat(101), 100).orRefuse());
        assertEquals(List.of("fullName", "email", "externalId"), problem.errors().stream().map(ApiProblem.FieldError::field).toList());
        assertEquals("urn:samskab:problem:validation", problem.type());
    }
}
