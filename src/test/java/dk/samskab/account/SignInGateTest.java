package dk.samskab.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SignInGateTest {

    private static SignInGate gate(int concurrent, int waitSeconds) {
        SignInGate gate = new SignInGate();
        gate.concurrent = concurrent;
        gate.waitSeconds = waitSeconds;
        gate.open();
        return gate;
    }

    @Test
    void withoutASettingEachCoreChecksOnePasswordAtATime() {
        assertEquals(1, SignInGate.turnsFor(0, 1));
        assertEquals(2, SignInGate.turnsFor(0, 2));
        assertEquals(8, SignInGate.turnsFor(0, 8));
        assertEquals(3, SignInGate.turnsFor(3, 8));
    }

    @Test
    void manySignInsAtOnceNeverCheckMorePasswordsTogetherThanTheGateAllowsAndAllGetTheirTurn() throws Exception {
        SignInGate gate = gate(2, 30);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            answers.add(pool.submit(() -> {
                start.await();
                return gate.inTurn(() -> {
                    most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    sleep(5);
                    inside.decrementAndGet();
                    return n;
                });
            }));
        }
        start.countDown();
        int sum = 0;
        for (Future<Integer> answer : answers) {
            sum += answer.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(39 * 40 / 2, sum, "every sign-in gave its own answer");
        assertEquals(2, most.get(), "two at most, and two did run together");
    }

    @Test
    void aSignInThatGetsNoTurnWithinTheWaitIsToldTheServerIsBusyAndTheTurnIsNotLost() throws Exception {
        SignInGate gate = gate(1, 0);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> gate.inTurn(() -> {
            holding.countDown();
            await(release);
            return null;
        }));
        first.start();
        holding.await();
        assertThrows(SignInGate.Busy.class, () -> gate.inTurn(() -> "never"));
        release.countDown();
        first.join();
        assertEquals("next", gate.inTurn(() -> "next"), "the turn came back when the first sign-in ended");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
