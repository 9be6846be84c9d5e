package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    void theWaitDoublesFromTwoSecondsUpToTheCap() {
        assertEquals(Duration.ofSeconds(2), Backoff.after(1, CAP));
        assertEquals(Duration.ofSeconds(4), Backoff.after(2, CAP));
        assertEquals(Duration.ofSeconds(8), Backoff.after(3, CAP));
        assertEquals(Duration.ofSeconds(256), Backoff.after(8, CAP));
        assertEquals(CAP, Backoff.after(9, CAP));
        assertEquals(CAP, Backoff.after(1_000, CAP), "no overflow after many failures");
    }

    @Test
    void aCapBelowTheFirstWaitIsTheWait() {
        assertEquals(Duration.ofSeconds(1), Backoff.after(1, Duration.ofSeconds(1)));
        assertEquals(Duration.ofSeconds(1), Backoff.after(5, Duration.ofSeconds(1)));
    }
}
