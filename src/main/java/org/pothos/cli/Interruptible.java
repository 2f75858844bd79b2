package org.pothos.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.pothos.common.Cancellation;

/**
 * Lets Ctrl-C stop a long command cleanly: the shutdown hook cancels the work and waits for it to
 * record what it finished, instead of the JVM dying in the middle of a transaction.
 */
final class Interruptible implements AutoCloseable {

    private static final long GRACE_SECONDS = 20;

    private final Cancellation cancellation = new Cancellation();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    Interruptible() {
        hook = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pothos-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    Cancellation cancellation() {
        return cancellation;
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running and now sees the work finished.
        }
    }
}
