package org.pothos.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.pothos.common.DaemonThreads;

/** Works through a list on several threads at once, each taking the next item, and times the whole. */
public final class OnCores {

    /** The work for one item. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T item) throws Exception;
    }

    private OnCores() {
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Runs {@code task} on every item with {@code threads} threads; returns the wall time in nanoseconds. */
    public static <T> long forEach(List<T> items, int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("pothos-bench"));
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                        task.run(items.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }
}
