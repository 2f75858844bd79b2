package org.pothos.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pothos.labelsync.LabelAutoWriter;

/** The jobs panel's line about labels written into files, fed the writer's progress, without a toolkit. */
class FileWritesViewModelTest {

    private static final Executor DIRECT = Runnable::run;

    private LabelAutoWriter.Listener listener;
    private final AtomicInteger retries = new AtomicInteger();
    private final FileWritesViewModel vm = new FileWritesViewModel(new FileWritesViewModel.Writer() {
        @Override
        public void addListener(LabelAutoWriter.Listener added) {
            listener = added;
        }

        @Override
        public void retryFailed() {
            retries.incrementAndGet();
        }
    }, new JobsText(Locale.ENGLISH, ZoneOffset.UTC), DIRECT, DIRECT);

    @Test
    void showsProgressThenTheCountThenProblemsWithARetry() {
        vm.start();
        assertFalse(vm.visibleProperty().get(), "nothing to say yet");

        listener.onProgress(new LabelAutoWriter.Progress(true, 3, 12, 3, 0, List.of()));
        assertTrue(vm.visibleProperty().get());
        assertEquals("Writing labels to files: 3 of 12", vm.statusTextProperty().get());
        assertEquals(0.25, vm.progressProperty().get(), 1e-9);

        listener.onProgress(new LabelAutoWriter.Progress(false, 12, 12, 11, 1,
                List.of(new LabelAutoWriter.Problem(7, Path.of("/p/a.jpg"), "a.jpg changed since Pothos read it"))));
        assertEquals("Labels written to files: 11; 1 could not be written", vm.statusTextProperty().get());
        assertEquals(List.of("/p/a.jpg: a.jpg changed since Pothos read it"), vm.problems());
        assertTrue(vm.hasProblemsProperty().get());

        vm.toggleProblems();
        assertTrue(vm.problemsShownProperty().get());
        vm.retry();
        assertEquals(1, retries.get());
        assertFalse(vm.problemsShownProperty().get());

        listener.onProgress(new LabelAutoWriter.Progress(false, 1, 1, 1, 0, List.of()));
        assertEquals("Labels written to files: 1", vm.statusTextProperty().get());
        assertFalse(vm.hasProblemsProperty().get());
    }

    @Test
    void aRoundThatFoundEverythingInStepSaysNothing() {
        vm.start();
        listener.onProgress(new LabelAutoWriter.Progress(false, 4, 4, 0, 0, List.of()));
        assertFalse(vm.visibleProperty().get());
    }
}
