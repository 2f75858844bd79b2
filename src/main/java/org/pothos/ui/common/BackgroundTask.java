package org.pothos.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Work a ViewModel hands to a background thread, with what to do on the UI thread when it ends: on success, and,
 * required, on failure, so that no failure leaves a pane loading for ever or showing a change that never happened.
 * Modelled on JabRef's BackgroundTask, without {@code javafx.concurrent}, so that a ViewModel test runs it on its
 * own thread ({@link TaskExecutor#currentThread()}).
 *
 * <pre>{@code
 * BackgroundTask.wrap("Counting the library", () -> store.count(query))
 *         .onSuccess(count::set)
 *         .onFailure(e -> status.set(texts.get("status.countFailed", Failures.reason(e))))
 *         .executeWith(tasks);
 * }</pre>
 *
 * The executor logs every failure before the failure path runs (see {@link TaskExecutor}).
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {

    /** The work: runs on a background thread and may block. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Work without a result. */
    @FunctionalInterface
    public interface VoidWork {
        void run() throws Exception;
    }

    private final String description;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onFinished = () -> { };

    private BackgroundTask(String description, Work<T> work) {
        this.description = Objects.requireNonNull(description, "description");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** @param description what the work does, for the log ("Loading the grid") */
    public static <T> BackgroundTask<T> wrap(String description, Work<T> work) {
        return new BackgroundTask<>(description, work);
    }

    public static BackgroundTask<Void> wrap(String description, VoidWork work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(description, () -> {
            work.run();
            return null;
        });
    }

    /** Runs on the UI thread with the result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    /** Runs on the UI thread with what went wrong: put the state back and say why. Required. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    /** Runs on the UI thread after the success or the failure path. */
    public BackgroundTask<T> onFinished(Runnable action) {
        this.onFinished = Objects.requireNonNull(action);
        return this;
    }

    /** Starts the work. */
    public void executeWith(TaskExecutor executor) {
        if (onFailure == null) {
            throw new IllegalStateException(description + ": a background task needs a failure path (onFailure)");
        }
        executor.execute(this);
    }

    public String description() {
        return description;
    }

    /** Runs the work on the calling thread. */
    T call() throws Exception {
        return work.call();
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable failure) {
        try {
            onFailure.accept(failure);
        } finally {
            onFinished.run();
        }
    }
}
