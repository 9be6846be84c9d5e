package dk.samskab.xapi;

import java.time.Duration;

/** How long to wait after failed attempts: 2 s, then doubled each time, never longer than the cap. */
public final class Backoff {

    static final Duration FIRST = Duration.ofSeconds(2);

    private Backoff() {
    }

    /** The wait after this many failures in a row (1 or more). */
    public static Duration after(int failures, Duration cap) {
        if (failures <= 1) {
            return FIRST.compareTo(cap) < 0 ? FIRST : cap;
        }
        int doublings = Math.min(failures - 1, 30);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(cap) < 0 ? wait : cap;
    }
}
