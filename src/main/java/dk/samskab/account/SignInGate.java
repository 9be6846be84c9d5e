package dk.samskab.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets a bounded number of password sign-ins do their PBKDF2 work at once; the others wait their
 * turn. Unbounded, a synchronised start (hundreds of learners signing in the same minute) gives
 * every request thread a hash to compute: the pages of those already signed in wait behind them,
 * and the JIT compiler gets too little CPU to compile the hash function, so each hash stays many
 * times slower than it need be. A sign-in that cannot get a turn within the wait is told to try
 * again, rather than left to time out.
 */
@ApplicationScoped
public class SignInGate {

    @Inject
    @ConfigProperty(name = "samskab.signin.concurrent", defaultValue = "0")
    int concurrent;

    @Inject
    @ConfigProperty(name = "samskab.signin.wait-seconds", defaultValue = "30")
    int waitSeconds;

    private Semaphore turns;

    /** Thrown when no turn came within the wait: the server is busy with other sign-ins. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("Too many sign-ins at once", null, false, false);
        }
    }

    @PostConstruct
    void open() {
        turns = new Semaphore(turnsFor(concurrent, Runtime.getRuntime().availableProcessors()), true);
    }

    /** The configured number, or one per core when none is configured. */
    static int turnsFor(int configured, int cores) {
        return configured > 0 ? configured : Math.max(1, cores);
    }

    /** Runs the sign-in in its turn; throws Busy when no turn came within the wait. */
    public <T> T inTurn(Supplier<T> signIn) {
        boolean got;
        try {
            got = turns.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!got) {
            throw new Busy();
        }
        try {
            return signIn.get();
        } finally {
            turns.release();
        }
    }
}
