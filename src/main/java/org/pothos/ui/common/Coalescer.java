package org.pothos.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Passes only the latest of a burst of values to the UI thread: however many arrive while one is
 * waiting to be shown, the UI thread runs once, with the newest. Keeps thousands of progress
 * events a second from flooding the JavaFX queue.
 */
public final class Coalescer<T> {

    private final Executor ui;
    private final Consumer<T> consumer;
    private final AtomicReference<T> pending = new AtomicReference<>();

    public Coalescer(Executor ui, Consumer<T> consumer) {
        this.ui = ui;
        this.consumer = consumer;
    }

    public void offer(T value) {
        if (pending.getAndSet(value) == null) {
            ui.execute(() -> consumer.accept(pending.getAndSet(null)));
        }
    }
}
