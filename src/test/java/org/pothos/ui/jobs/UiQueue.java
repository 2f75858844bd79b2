package org.pothos.ui.jobs;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A UI thread for tests without a toolkit: tasks queue up, and the test thread runs them while it
 * waits for a condition, as the JavaFX thread would. Counts the tasks it was given.
 */
final class UiQueue implements Executor {

    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final AtomicInteger submitted = new AtomicInteger();

    @Override
    public void execute(Runnable task) {
        submitted.incrementAndGet();
        tasks.add(task);
    }

    int submitted() {
        return submitted.get();
    }

    /** Runs UI tasks on the calling thread until the condition holds; fails after the timeout. */
    void runUntil(BooleanSupplier condition, Duration timeout, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("condition not met within " + timeout.toMillis() + " ms: " + state.get());
            }
            Runnable task = tasks.poll(20, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
        }
    }
}
