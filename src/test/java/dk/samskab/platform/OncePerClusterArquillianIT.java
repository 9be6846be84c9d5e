package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.ArquillianDeployments;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduled work claimed by many nodes' timers at the same instant runs once per day. */
@ExtendWith(ArquillianExtension.class)
class OncePerClusterArquillianIT {

    @Deployment
    static WebArchive deployment() {
        return ArquillianDeployments.application().addClasses(OncePerClusterArquillianIT.class);
    }

    @Inject
    OncePerCluster oncePerCluster;

    @Test
    void timersFiringTogetherClaimTheDayOnce() throws Exception {
        String job = "test-" + System.nanoTime();
        LocalDate day = LocalDate.of(2026, 12, 7);
        int timers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(timers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < timers; i++) {
                Callable<Boolean> claim = () -> {
                    start.await();
                    try {
                        return oncePerCluster.claim(job, day);
                    } catch (RuntimeException lost) {
                        return false;
                    }
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get(1, TimeUnit.MINUTES) ? 1 : 0;
            }
            assertEquals(1, won, "timers that got the day");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(oncePerCluster.claim(job, day.plusDays(1)), "the next day is free again");
        assertEquals(false, oncePerCluster.claim(job, day), "the day stays taken");
    }
}
