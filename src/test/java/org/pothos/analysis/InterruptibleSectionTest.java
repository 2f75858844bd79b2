package org.pothos.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A job's thread is interrupted only inside its section (the waits for the image and the model): a cancel that
 * comes while it is in the database waits for the section, and none leaks out of it.
 */
class InterruptibleSectionTest {

    private final InterruptibleSection section = new InterruptibleSection();

    @Test
    void anInterruptOutsideTheSectionLeavesTheThreadAloneAndEndsTheSectionAsSoonAsItIsEntered() {
        section.interrupt();

        assertFalse(Thread.currentThread().isInterrupted(), "outside the section, a database call would be cut");
        ModelCallException stopped = assertThrows(ModelCallException.class, () -> section.run(InterruptibleSectionTest::waitForever));
        assertEquals(ErrorKind.TIMEOUT, stopped.kind());
        assertFalse(Thread.currentThread().isInterrupted(), "nothing leaks into the work after the section");
    }

    @Test
    void anInterruptInsideTheSectionEndsTheWait() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        Thread worker = Thread.ofPlatform().start(() -> {
            try {
                section.run(() -> {
                    inside.countDown();
                    return waitForever();
                });
            } catch (ModelCallException e) {
                ended.countDown();
            }
        });
        assertTrue(inside.await(10, TimeUnit.SECONDS));

        section.interrupt();

        assertTrue(ended.await(10, TimeUnit.SECONDS), "the wait ended");
        worker.join();
    }

    @Test
    void workThatEndsNormallyReturnsItsResult() throws Exception {
        assertEquals("answer", section.run(() -> "answer"));
    }

    /** Stands for the wait on the model: only an interrupt ends it. */
    private static String waitForever() throws ModelCallException {
        try {
            new CountDownLatch(1).await();
            throw new AssertionError("unreachable");
        } catch (InterruptedException e) {
            throw new ModelCallException(ErrorKind.TIMEOUT, "interrupted", e);
        }
    }
}
