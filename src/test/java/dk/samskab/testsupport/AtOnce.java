package dk.samskab.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Work of many users in threads of their own, released at the same moment, as on a training day. */
public final class AtOnce {

    private AtOnce() {
    }

    /** One user's part, by their number. */
    public interface Work<T> {
        T of(int user) throws Exception;
    }

    /** Runs every user's work at once and returns the results in the users' order. */
    public static <T> List<T> run(int count, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int user = i;
                Callable<T> task = () -> {
                    start.await();
                    return work.of(user);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
