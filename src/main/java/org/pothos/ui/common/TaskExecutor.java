package org.pothos.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BackgroundTask}s: the work on a background executor, the success or failure path on the UI executor.
 * In the application that is a thread pool and the JavaFX thread; in a ViewModel test, the calling thread for
 * both ({@link #currentThread()}), or queues the test runs in the orders it wants to check.
 * <p>
 * Every failure is logged before its failure path runs: a checked exception (a file that cannot be read, a model
 * server that does not answer) is an outcome the pane expects and goes to WARN in one line; anything else is a bug
 * or a broken library and goes to ERROR with its stack trace.
 */
public final class TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);
    private static final Executor CALLING_THREAD = Runnable::run;

    private final Executor background;
    private final Executor ui;

    private TaskExecutor(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /**
     * @param background runs the work; several threads are fine
     * @param ui         runs the callbacks: the JavaFX thread in the application
     */
    public static TaskExecutor of(Executor background, Executor ui) {
        return new TaskExecutor(background, ui);
    }

    /** Work and callbacks on the calling thread, one after the other: for tests. */
    public static TaskExecutor currentThread() {
        return new TaskExecutor(CALLING_THREAD, CALLING_THREAD);
    }

    /** The executor the callbacks run on, for results a task hands over before it ends (pages, placeholders). */
    public Executor ui() {
        return ui;
    }

    <T> void execute(BackgroundTask<T> task) {
        try {
            background.execute(() -> run(task));
        } catch (RejectedExecutionException e) {
            // The pool is shut down (the window is closing): the task still ends, through its failure path.
            LOG.warn("{} was not started: the background pool is shut down", task.description());
            ui.execute(() -> task.failed(e));
        }
    }

    private <T> void run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception | Error e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log(task, e);
            ui.execute(() -> task.failed(e));
            return;
        }
        ui.execute(() -> task.succeeded(result));
    }

    private static void log(BackgroundTask<?> task, Throwable failure) {
        if (failure instanceof RuntimeException || failure instanceof Error) {
            LOG.error("{} failed", task.description(), failure);
        } else {
            LOG.warn("{} failed: {}", task.description(), Failures.reason(failure));
        }
    }
}
