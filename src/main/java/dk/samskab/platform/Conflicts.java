package dk.samskab.platform;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs an idempotent unit of work (one transaction) again when the database refused it for a
 * conflict with another transaction that a second try resolves: a deadlock, a lock wait that
 * timed out, a Galera certification failure (reported as a deadlock), or a concurrent insert of
 * the same unique row, which the next try sees and respects. Any other failure passes through.
 * Call it outside the transaction, so that each try is a new one.
 */
public final class Conflicts {

    static final int TRIES = 4;

    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DUPLICATE_KEY = 1062;

    private Conflicts() {
    }

    public static <T> T retry(Supplier<T> work) {
        for (int tried = 1;; tried++) {
            try {
                return work.get();
            } catch (RuntimeException refused) {
                if (tried >= TRIES || !isTransient(refused)) {
                    throw refused;
                }
                pause(tried);
            }
        }
    }

    public static void retry(Runnable work) {
        retry(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the failure, or one of its causes, is a conflict with another transaction. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == DEADLOCK || code == LOCK_WAIT_TIMEOUT || code == DUPLICATE_KEY || "40001".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short random pause, longer with each try, so that the two parties do not collide again. */
    private static void pause(int tried) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * tried);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
