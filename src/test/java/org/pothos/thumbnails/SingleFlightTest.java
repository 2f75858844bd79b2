package org.pothos.thumbnails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    @Test
    void secondCallerForTheSameKeySharesTheRunningResult() throws Exception {
        SingleFlight<String, String> flight = new SingleFlight<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger secondWorkRuns = new AtomicInteger();

        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> flight.run("k", () -> {
            firstStarted.countDown();
            await(releaseFirst);
            return "made once";
        }));
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        CompletableFuture<String> second = new CompletableFuture<>();
        Thread secondCaller = new Thread(() -> second.complete(flight.run("k", () -> {
            secondWorkRuns.incrementAndGet();
            return "made twice";
        })));
        secondCaller.start();
        awaitWaiting(secondCaller, Duration.ofSeconds(10));
        releaseFirst.countDown();

        assertEquals("made once", first.get(10, TimeUnit.SECONDS));
        assertEquals("made once", second.get(10, TimeUnit.SECONDS));
        assertEquals(0, secondWorkRuns.get());
    }

    @Test
    void differentKeysRunIndependently() {
        SingleFlight<String, Integer> flight = new SingleFlight<>();

        assertEquals(1, flight.run("a", () -> 1));
        assertEquals(2, flight.run("b", () -> 2));
        assertEquals(3, flight.run("a", () -> 3), "a finished run is not remembered");
    }

    /** The second caller parks inside run() only when it found the first one in flight. */
    private static void awaitWaiting(Thread thread, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (thread.getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("second caller never started waiting: " + thread.getState());
            }
            Thread.onSpinWait();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
