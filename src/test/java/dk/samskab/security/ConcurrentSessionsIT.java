package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many signed-in users at the same moment, as on a training day: every answer is the user's own
 * page, never a 403, a login page or another user's page.
 */
class ConcurrentSessionsIT {

    private static final int SESSIONS = 8;
    private static final int REQUESTS_PER_SESSION = 200;

    @Test
    void parallelSignedInSessionsAlwaysGetTheirOwnPages() throws Exception {
        List<String> names = new ArrayList<>();
        List<HttpUser> users = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            String name = "Samtidig Deltager " + (char) ('A' + i);
            names.add(name);
            users.add(HttpUser.signedIn(TestAccounts.create(name, "LEARNER"), TestAccounts.PASSWORD));
        }
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        List<Future<Integer>> answered = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            HttpUser user = users.get(i);
            String ownName = names.get(i);
            answered.add(pool.submit(() -> {
                start.await();
                int right = 0;
                for (int r = 0; r < REQUESTS_PER_SESSION; r++) {
                    HttpResponse<String> page = user.get("/learner/index.xhtml");
                    if (page.statusCode() == 200 && page.body().contains(ownName)) {
                        right++;
                    } else {
                        wrong.add(ownName + " request " + r + ": " + page.statusCode());
                    }
                }
                return right;
            }));
        }
        start.countDown();
        int right = 0;
        for (Future<Integer> each : answered) {
            right += each.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertTrue(wrong.isEmpty(), wrong.size() + " wrong answers, the first: " + wrong.stream().limit(10).toList());
        assertEquals(SESSIONS * REQUESTS_PER_SESSION, right);
    }
}
