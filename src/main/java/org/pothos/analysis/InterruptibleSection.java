package org.pothos.analysis;

/**
 * The part of a job that a cancel, a stop or its deadline may interrupt: waiting for the prepared image and
 * for the model. Outside it the job's thread reads and writes the database, and an interrupt there makes H2
 * close its file channel and with it the database for the whole process; an interrupt that comes then waits
 * until the thread enters the section, which it ends at once.
 */
final class InterruptibleSection {

    /** Work inside the section. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws ModelCallException;
    }

    private Thread inside;
    private boolean requested;

    /** Interrupts the thread inside the section now, or as soon as one enters it. */
    synchronized void interrupt() {
        requested = true;
        if (inside != null) {
            inside.interrupt();
        }
    }

    <T> T run(Work<T> work) throws ModelCallException {
        Thread current = Thread.currentThread();
        synchronized (this) {
            inside = current;
            if (requested) {
                current.interrupt();
            }
        }
        try {
            return work.run();
        } finally {
            synchronized (this) {
                inside = null;
                // An interrupt that came as the work ended must not reach the database calls after it.
                Thread.interrupted();
            }
        }
    }
}
