package org.pothos.common;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named daemon threads for background pools: a name shows in logs and thread dumps, a daemon
 * thread never keeps the process alive after the window closes or a command ends, and whatever a
 * task throws that nobody catches reaches the log ({@link UncaughtExceptions}).
 */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(UncaughtExceptions.TO_LOG);
            return thread;
        };
    }
}
