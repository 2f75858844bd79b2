package org.pothos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.library.LabelKind;
import org.pothos.library.LabelWriteMode;
import org.pothos.library.Source;
import org.pothos.testsupport.TestImages;

/** The settings' Files page without a toolkit, over a real library: staging, saving and the count of differing pictures. */
class FileWritingViewModelTest {

    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path temp;

    private AppContext context;
    private FileWritingViewModel vm;
    private final AtomicInteger saved = new AtomicInteger();
    private final List<String> saveFailures = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        context = AppContext.open(temp.resolve("library"), "http://127.0.0.1:9");
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpeg(photos, "a.jpg", 40, 30);
        context.importService().importPaths(List.of(photos), org.pothos.library.ImportListener.NONE,
                new org.pothos.common.Cancellation());
        vm = new FileWritingViewModel(FileWritingViewModel.Library.of(context.labelSync()), SettingsTexts.forLocale(Locale.ENGLISH), DIRECT, DIRECT);
        vm.setOnSaved(saved::incrementAndGet);
        vm.setOnSaveFailed(saveFailures::add);
    }

    @AfterEach
    void close() throws Exception {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aNewLibraryWritesNothingAndAChosenModeIsSavedOnlyOnApply() {
        vm.load();
        assertEquals(LabelWriteMode.OFF, vm.modeProperty().get());
        assertEquals("Every picture's files hold its labels.", vm.statusProperty().get());

        vm.modeProperty().set(LabelWriteMode.EMBED);
        assertTrue(vm.embedChosenProperty().get(), "the warning shows");
        assertTrue(vm.dirtyProperty().get());
        assertEquals(LabelWriteMode.OFF, context.labelSync().mode(), "staged, not saved");

        vm.apply();
        assertEquals(LabelWriteMode.EMBED, context.labelSync().mode());
        assertFalse(vm.dirtyProperty().get());
        assertEquals(1, saved.get(), "the window's writer hears of it");
    }

    @Test
    void cancelPutsBackTheSavedModeAndTheCountFollowsEdits() {
        vm.modeProperty().set(LabelWriteMode.SIDECAR);
        vm.cancel();
        assertEquals(LabelWriteMode.OFF, vm.modeProperty().get());
        assertEquals(0, saved.get());

        long id = context.mediaStore().findIds(org.pothos.library.MediaQuery.all()).get(0);
        context.mediaStore().addLabels(id, LabelKind.TAG, List.of("harbour"), Source.USER);
        vm.load();
        assertEquals("1 pictures have labels their files do not hold yet.", vm.statusProperty().get());
    }

    @Test
    void aLibraryThatCannotBeReadSaysSo() {
        FileWritingViewModel failing = new FileWritingViewModel(new FileWritingViewModel.Library() {
            @Override
            public LabelWriteMode mode() {
                throw new IllegalStateException("database closed");
            }

            @Override
            public void setMode(LabelWriteMode mode) {
                throw new IllegalStateException("database closed");
            }

            @Override
            public long differing() {
                return 0;
            }
        }, SettingsTexts.forLocale(Locale.ENGLISH), DIRECT, DIRECT);

        failing.load();

        assertEquals("How the files stand could not be read: database closed", failing.statusProperty().get());
    }

    @Test
    void aModeThatCannotBeSavedIsTakenBackAndSaysWhy() throws Exception {
        vm.load();
        vm.modeProperty().set(LabelWriteMode.SIDECAR);
        context.close();   // every call to the library from now on throws
        context = null;

        vm.apply();

        assertEquals(LabelWriteMode.OFF, vm.modeProperty().get(), "the page shows the mode the library keeps");
        assertFalse(vm.dirtyProperty().get());
        assertEquals(0, saved.get(), "the writer hears of no new mode");
        assertTrue(vm.statusProperty().get().startsWith("The choice of how to write labels could not be saved"),
                vm.statusProperty().get());
        assertEquals(List.of(vm.statusProperty().get()), saveFailures, "the window hears it, the dialog may have closed");

        vm.load();
        assertTrue(vm.statusProperty().get().startsWith("How the files stand could not be read: "), vm.statusProperty().get());
    }

}
