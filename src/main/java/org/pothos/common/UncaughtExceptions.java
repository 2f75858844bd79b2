package org.pothos.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where exceptions that nobody caught end up: the log, with the thread's name and the stack trace, rather than
 * standard error alone, where no bug report would find them.
 */
public final class UncaughtExceptions {

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtExceptions.class);

    /** Logs at ERROR what a thread could not handle. */
    public static final Thread.UncaughtExceptionHandler TO_LOG =
            (thread, failure) -> LOG.error("Uncaught exception in thread {}", thread.getName(), failure);

    private UncaughtExceptions() {
    }

    /** Makes the log every thread's last resort, the JavaFX thread's included; call first thing in main. */
    public static void installDefault() {
        Thread.setDefaultUncaughtExceptionHandler(TO_LOG);
    }

    /**
     * A task for a scheduled executor: its future would keep what the task throws to itself, and nobody reads it.
     * What escapes is logged, then thrown on, so the executor sees it as before.
     */
    public static Runnable logged(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                TO_LOG.uncaughtException(Thread.currentThread(), e);
                throw e;
            }
        };
    }
}
