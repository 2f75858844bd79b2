package org.pothos.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Background work from a ViewModel: callbacks on the UI executor, and a failure path that is never skipped. */
class BackgroundTaskTest {

    private final Deque<Runnable> background = new ArrayDeque<>();
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final TaskExecutor tasks = TaskExecutor.of(background::add, ui::add);
    private final List<String> heard = new ArrayList<>();

    private static void runAll(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.remove().run();
        }
    }

    @Test
    void theWorkRunsInTheBackgroundAndItsResultArrivesOnTheUiExecutor() {
        BackgroundTask.wrap("adding", () -> 2 + 3)
                .onSuccess(sum -> heard.add("success " + sum))
                .onFailure(failure -> heard.add("failure"))
                .onFinished(() -> heard.add("finished"))
                .executeWith(tasks);
        assertEquals(1, background.size());
        assertTrue(heard.isEmpty());

        runAll(background);
        assertTrue(heard.isEmpty(), "nothing is heard on the background thread");
        runAll(ui);

        assertEquals(List.of("success 5", "finished"), heard);
    }

    @Test
    void aFailureTakesTheFailurePathWithWhatWentWrong() {
        BackgroundTask.wrap("reading", () -> {
                    throw new IOException("disk gone");
                })
                .onSuccess(result -> heard.add("success"))
                .onFailure(failure -> heard.add("failure " + Failures.reason(failure)))
                .onFinished(() -> heard.add("finished"))
                .executeWith(TaskExecutor.currentThread());

        assertEquals(List.of("failure disk gone", "finished"), heard);
    }

    @Test
    void errorsTakeTheFailurePathToo() {
        BackgroundTask.wrap("decoding", () -> {
                    throw new OutOfMemoryError("Java heap space");
                })
                .onFailure(failure -> heard.add(failure.getClass().getSimpleName()))
                .executeWith(TaskExecutor.currentThread());

        assertEquals(List.of("OutOfMemoryError"), heard);
    }

    @Test
    void aTaskWithoutAFailurePathIsRefused() {
        BackgroundTask<Integer> task = BackgroundTask.wrap("counting", () -> 1).onSuccess(count -> heard.add("success"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> task.executeWith(tasks));

        assertTrue(refused.getMessage().contains("counting"), refused.getMessage());
        assertTrue(background.isEmpty(), "nothing was started");
    }

    @Test
    void aShutDownPoolEndsTheTaskThroughItsFailurePath() {
        Executor shutDown = task -> {
            throw new RejectedExecutionException("shut down");
        };
        List<Throwable> failures = new ArrayList<>();
        BackgroundTask.wrap("saving", () -> heard.add("ran"))
                .onFailure(failures::add)
                .executeWith(TaskExecutor.of(shutDown, Runnable::run));

        assertEquals(1, failures.size());
        assertInstanceOf(RejectedExecutionException.class, failures.get(0));
        assertTrue(heard.isEmpty());
    }

    @Test
    void aReasonIsTheMessageOrElseTheKindOfFailure() {
        assertEquals("disk full", Failures.reason(new IOException("disk full")));
        assertEquals("NullPointerException", Failures.reason(new NullPointerException()));
        assertEquals("IOException", Failures.reason(new IOException(" ")));
    }
}
