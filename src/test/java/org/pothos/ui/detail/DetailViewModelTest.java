package org.pothos.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.Availability;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.SortOrder;
import org.pothos.library.Source;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.thumbnails.ThumbnailSource;
import org.testfx.util.WaitForAsyncUtils;

/** The ViewModel without a toolkit: a real library on H2, work on the calling thread unless a test queues it. */
class DetailViewModelTest {

    private static final Executor DIRECT = Runnable::run;
    private static final Source MODEL = Source.ai("llava:13b");
    private static final int PREVIEW_EDGE = 512;

    @TempDir
    Path temp;

    private LibraryFixture library;
    private ThumbnailService thumbnails;
    /** camera.jpg: 640x480 stored, turned upright by EXIF orientation 6, with camera, lens, date and position. */
    private MediaItem camera;
    /** plain.jpg: 300x200, no EXIF. */
    private MediaItem plain;

    @BeforeEach
    void importPictures() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        TestImages.jpegWithExif(photos, "camera.jpg", 640, 480, TestImages.ExifSpec.empty()
                .camera("Pothos", "Pothos Bench 1").lens("Bench 35mm F1.8").gps(48.858222, 2.2945)
                .takenAt(LocalDateTime.of(2024, 5, 17, 18, 30)).orientation(6));
        TestImages.jpeg(photos, "plain.jpg", 300, 200);
        library = new LibraryFixture(Files.createDirectories(temp.resolve("data")));
        library.importPaths(photos);
        List<MediaItem> items = library.store.find(MediaQuery.all().withSort(SortOrder.NAME), 0, 10).items();
        camera = items.get(0);
        plain = items.get(1);
        thumbnails = new ThumbnailService(temp.resolve("thumbnails"), 256, ThumbnailService.DEFAULT_MAX_PIXELS, 1);
    }

    @AfterEach
    void close() {
        thumbnails.close();
        library.close();
    }

    private DetailViewModel viewModel(Executor background, Executor ui) {
        return new DetailViewModel(library.store, new PreviewImages(thumbnails, PREVIEW_EDGE), background, ui);
    }

    private MediaItem stored(MediaItem item) {
        return library.store.findById(item.id()).orElseThrow();
    }

    @Test
    void showingAnItemFillsItsFieldsFactsAndPreview() {
        library.store.setTitle(camera.id(), "A bench by the river", MODEL);
        library.store.addLabels(camera.id(), LabelKind.TAG, List.of("bench"), MODEL);
        library.store.addLabels(camera.id(), LabelKind.CATEGORY, List.of("Travel"), Source.USER);
        library.store.setRating(camera.id(), 3);
        DetailViewModel vm = viewModel(DIRECT, DIRECT);

        vm.show(camera.id());

        assertTrue(vm.showingProperty().get());
        assertFalse(vm.loadingProperty().get());
        assertEquals("camera.jpg", vm.facts().fileNameProperty().get());
        assertEquals("A bench by the river", vm.title().textProperty().get());
        assertEquals(MODEL, vm.title().getSource());
        assertEquals("", vm.description().textProperty().get());
        assertNull(vm.description().getSource());
        assertEquals(List.of(new Label("bench", MODEL)), vm.labels(LabelKind.TAG).items());
        assertEquals(List.of(new Label("Travel", Source.USER)), vm.labels(LabelKind.CATEGORY).items());
        assertEquals(3, vm.ratingProperty().get());
        assertFalse(vm.favouriteProperty().get());

        assertEquals("Pothos Bench 1", vm.facts().cameraProperty().get());
        assertEquals("Bench 35mm F1.8", vm.facts().lensProperty().get());
        assertEquals("48.85822, 2.29450", vm.facts().gpsProperty().get());
        assertTrue(vm.facts().dimensionsProperty().get().startsWith("480 × 640 px"), vm.facts().dimensionsProperty().get());
        assertEquals("JPEG", vm.facts().formatProperty().get());
        assertFalse(vm.facts().takenAtProperty().get().isEmpty());
        assertFalse(vm.facts().fileSizeProperty().get().isEmpty());
        assertEquals(camera.path().toString(), vm.facts().pathProperty().get());
        assertFalse(vm.facts().missingProperty().get());

        Image preview = vm.previewProperty().get();
        assertNotNull(preview);
        assertEquals(384, preview.getWidth(), "decoded upright, within the preview edge");
        assertEquals(PREVIEW_EDGE, preview.getHeight());
    }

    @Test
    void theCachedThumbnailShowsWhileThePreviewDecodes() {
        thumbnails.ensure(new ThumbnailSource(camera.contentHash(), camera.path()));
        QueueExecutor background = new QueueExecutor();
        QueueExecutor ui = new QueueExecutor();
        DetailViewModel vm = viewModel(background, ui);

        vm.show(camera.id());
        background.runAll();
        while (vm.itemProperty().get() == null) {
            ui.runNext();
        }
        assertNull(vm.previewProperty().get());
        background.runAll();   // the decode starts once the item is on screen
        ui.runNext();   // the thumbnail, read from the cache
        assertEquals(256, vm.previewProperty().get().getHeight());
        ui.runAll();    // the preview
        assertEquals(PREVIEW_EDGE, vm.previewProperty().get().getHeight());
    }

    @Test
    void aLateAnswerForAnItemNoLongerShownIsDropped() {
        QueueExecutor background = new QueueExecutor();
        QueueExecutor ui = new QueueExecutor();
        DetailViewModel vm = viewModel(background, ui);

        vm.show(camera.id());
        background.runAll();
        List<Runnable> lateForCamera = ui.takeAll();
        vm.show(plain.id());
        background.runAll();
        ui.runAll();
        assertEquals("plain.jpg", vm.facts().fileNameProperty().get());

        lateForCamera.forEach(Runnable::run);
        background.runAll();
        ui.runAll();

        assertEquals("plain.jpg", vm.facts().fileNameProperty().get());
        assertEquals(plain.id(), vm.itemProperty().get().id());
        assertEquals("", vm.facts().cameraProperty().get());
        assertEquals(300, vm.previewProperty().get().getWidth(), "the preview is plain.jpg's");
    }

    @Test
    void aLoadStillQueuedWhenAnotherItemIsShownNeverRuns() {
        QueueExecutor background = new QueueExecutor();
        DetailViewModel vm = viewModel(background, DIRECT);
        vm.show(camera.id());
        vm.show(plain.id());
        background.runAll();
        assertEquals("plain.jpg", vm.facts().fileNameProperty().get());
    }

    @Test
    void anEditedTitleIsSavedAsTheUsersAndUndoRestoresTheModelsTitle() {
        library.store.setTitle(camera.id(), "A bench", MODEL);
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        List<MediaItem> changed = new ArrayList<>();
        vm.setOnItemChanged(changed::add);
        vm.show(camera.id());

        vm.title().textProperty().set("Evening at the pier  ");
        vm.title().commit();
        vm.title().commit();   // Enter, then focus loss: one edit

        assertEquals("Evening at the pier", stored(camera).title());
        assertEquals(Source.USER, stored(camera).titleSource());
        assertEquals(Source.USER, vm.title().getSource());
        assertEquals(1, changed.size());
        assertEquals("Evening at the pier", changed.get(0).title());

        vm.undo();
        assertEquals("A bench", stored(camera).title());
        assertEquals(MODEL, stored(camera).titleSource());
        assertEquals("A bench", vm.title().textProperty().get());
        assertEquals(MODEL, vm.title().getSource());
        assertFalse(vm.canUndoProperty().get());
        assertEquals(2, changed.size());
    }

    @Test
    void aPastedTitleIsKeptOnOneLine() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());

        vm.title().textProperty().set("Evening\n  at the pier\r\n");
        vm.title().commit();

        assertEquals("Evening at the pier", stored(camera).title());
    }

    @Test
    void typingSavesOnItsOwnAfterAPause() throws Exception {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());

        vm.title().textProperty().set("Quiet");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Quiet".equals(stored(camera).title()));
        assertEquals(Source.USER, stored(camera).titleSource());
    }

    @Test
    void typingNotYetSavedIsSavedBeforeAnotherItemIsShown() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());
        vm.description().textProperty().set("Two people on a bench.");

        vm.show(plain.id());

        assertEquals("Two people on a bench.", stored(camera).description());
        assertEquals("", vm.description().textProperty().get());
        assertFalse(vm.canUndoProperty().get(), "undo stays with the item it was made on");
    }

    @Test
    void undoTakesBackADescriptionAndClearingIt() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());
        vm.description().textProperty().set("First words");
        vm.description().commit();
        vm.description().textProperty().set("   ");
        vm.description().commit();
        assertNull(stored(camera).description());
        assertNull(vm.description().getSource());

        vm.undo();
        assertEquals("First words", stored(camera).description());
        assertEquals("First words", vm.description().textProperty().get());
        vm.undo();
        assertNull(stored(camera).description());
        assertEquals("", vm.description().textProperty().get());
    }

    @Test
    void undoAlsoTakesBackTypingNotYetSaved() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());
        vm.title().textProperty().set("Half typed");

        vm.undo();

        assertNull(stored(camera).title());
        assertEquals("", vm.title().textProperty().get());
    }

    @Test
    void tagsAndCategoriesAreAddedRemovedAndRestored() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());

        vm.labels(LabelKind.TAG).newNameProperty().set("  sunset  ");
        vm.labels(LabelKind.TAG).add();
        vm.labels(LabelKind.CATEGORY).newNameProperty().set("Landscape");
        vm.labels(LabelKind.CATEGORY).add();

        assertEquals("", vm.labels(LabelKind.TAG).newNameProperty().get());
        assertEquals(List.of(new Label("sunset", Source.USER)), stored(camera).tags());
        assertEquals(List.of(new Label("Landscape", Source.USER)), stored(camera).categories());
        assertEquals(List.of(new Label("sunset", Source.USER)), vm.labels(LabelKind.TAG).items());

        vm.labels(LabelKind.TAG).remove(vm.labels(LabelKind.TAG).items().get(0));
        assertEquals(List.of(), stored(camera).tags());
        assertEquals(List.of(), vm.labels(LabelKind.TAG).items());

        vm.undo();   // the removal
        assertEquals(List.of(new Label("sunset", Source.USER)), stored(camera).tags());
        assertEquals(List.of(new Label("sunset", Source.USER)), vm.labels(LabelKind.TAG).items());
        vm.undo();   // the category
        assertEquals(List.of(), stored(camera).categories());
        assertEquals(List.of(), vm.labels(LabelKind.CATEGORY).items());
        vm.undo();   // the tag
        assertEquals(List.of(), stored(camera).tags());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void aModelsLabelComesBackAsTheModelsAfterUndoingItsRemoval() {
        library.store.addLabels(camera.id(), LabelKind.TAG, List.of("bench"), MODEL);
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());

        vm.labels(LabelKind.TAG).remove(new Label("bench", MODEL));
        assertEquals(List.of(), stored(camera).tags());
        vm.undo();

        assertEquals(List.of(new Label("bench", MODEL)), stored(camera).tags());
        assertEquals(List.of(new Label("bench", MODEL)), vm.labels(LabelKind.TAG).items());
    }

    @Test
    void addingALabelTheItemHasAlreadyChangesNothing() {
        library.store.addLabels(camera.id(), LabelKind.TAG, List.of("bench"), MODEL);
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());

        vm.labels(LabelKind.TAG).newNameProperty().set("Bench");
        vm.labels(LabelKind.TAG).add();

        assertEquals(List.of(new Label("bench", MODEL)), stored(camera).tags());
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void addFieldsSuggestExistingNamesTheItemLacks() {
        library.store.addLabels(plain.id(), LabelKind.TAG, List.of("beach", "bench", "river"), Source.USER);
        library.store.addLabels(camera.id(), LabelKind.TAG, List.of("bench"), MODEL);
        library.store.addLabels(plain.id(), LabelKind.CATEGORY, List.of("Travel"), Source.USER);
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());

        assertEquals(List.of("beach"), vm.labels(LabelKind.TAG).suggestions("be"), "bench is on the item already");
        assertEquals(List.of("beach"), vm.labels(LabelKind.TAG).suggestions("EACH"));
        assertEquals(List.of(), vm.labels(LabelKind.TAG).suggestions(" "));
        assertEquals(List.of("Travel"), vm.labels(LabelKind.CATEGORY).suggestions("tr"));

        vm.labels(LabelKind.TAG).newNameProperty().set("pier");
        vm.labels(LabelKind.TAG).add();
        vm.show(plain.id());
        assertEquals(List.of("pier"), vm.labels(LabelKind.TAG).suggestions("pi"), "a name just added is suggested too");
    }

    @Test
    void ratingAndFavouriteSaveAndUndo() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        List<MediaItem> changed = new ArrayList<>();
        vm.setOnItemChanged(changed::add);
        vm.show(camera.id());

        vm.ratingProperty().set(4);
        vm.favouriteProperty().set(true);
        assertEquals(4, stored(camera).rating());
        assertTrue(stored(camera).favourite());
        assertEquals(2, changed.size());

        vm.undo();
        assertFalse(stored(camera).favourite());
        assertFalse(vm.favouriteProperty().get());
        vm.undo();
        assertEquals(0, stored(camera).rating());
        assertEquals(0, vm.ratingProperty().get());
        assertEquals(4, changed.size());
    }

    @Test
    void editsReachTheStoreInTheOrderMade() {
        QueueExecutor background = new QueueExecutor();
        DetailViewModel vm = viewModel(background, DIRECT);
        vm.show(camera.id());
        background.runAll();

        vm.ratingProperty().set(2);
        vm.ratingProperty().set(5);
        vm.ratingProperty().set(3);
        background.runAll();

        assertEquals(3, stored(camera).rating());
        assertEquals(3, vm.ratingProperty().get());
    }

    @Test
    void aSaveThatFailsShowsAProblemAndWhatIsStored() {
        MediaStore refusingRatings = (MediaStore) Proxy.newProxyInstance(MediaStore.class.getClassLoader(),
                new Class<?>[]{MediaStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setRating")) {
                        throw new IllegalStateException("disk full");
                    }
                    try {
                        return method.invoke(library.store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DetailViewModel vm = new DetailViewModel(refusingRatings, new PreviewImages(thumbnails, PREVIEW_EDGE), DIRECT, DIRECT);
        vm.show(camera.id());

        vm.ratingProperty().set(5);

        assertEquals(DetailProblem.SAVE_FAILED, vm.getProblem());
        assertEquals(0, vm.ratingProperty().get());
        assertEquals(0, stored(camera).rating());
    }

    @Test
    void editsThatCannotBeSavedAreTakenBackAndSaySo() {
        library.store.setTitle(camera.id(), "A bench", MODEL);
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());
        library.close();   // every store call from now on throws

        vm.ratingProperty().set(5);
        assertEquals(DetailProblem.SAVE_FAILED, vm.getProblem());
        assertEquals(0, vm.ratingProperty().get());

        vm.title().textProperty().set("Evening at the pier");
        vm.title().commit();
        assertEquals("A bench", vm.title().textProperty().get());
        assertEquals(MODEL, vm.title().getSource());

        vm.labels(LabelKind.TAG).newNameProperty().set("sunset");
        vm.labels(LabelKind.TAG).add();
        assertEquals(List.of(), vm.labels(LabelKind.TAG).items());
        assertEquals(DetailProblem.SAVE_FAILED, vm.getProblem());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void anItemThatCannotBeLoadedSaysSoAndIsNotLeftLoading() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        library.close();

        vm.show(camera.id());

        assertEquals(DetailProblem.LOAD_FAILED, vm.getProblem());
        assertFalse(vm.loadingProperty().get());
        assertFalse(vm.showingProperty().get());
    }

    @Test
    void aMissingFileIsFlaggedAndItsDetailsStillShow() throws Exception {
        Files.delete(camera.path());
        library.store.setAvailability(Set.of(camera.id()), Availability.MISSING);
        DetailViewModel vm = viewModel(DIRECT, DIRECT);

        vm.show(camera.id());

        assertTrue(vm.facts().missingProperty().get());
        assertEquals("Pothos Bench 1", vm.facts().cameraProperty().get());
        assertNull(vm.previewProperty().get());
        assertNull(vm.getProblem());
    }

    @Test
    void anItemThatIsGoneShowsAProblemAndNoFields() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());

        vm.show(camera.id() + plain.id() + 1000);

        assertEquals(DetailProblem.NOT_FOUND, vm.getProblem());
        assertFalse(vm.showingProperty().get());
        assertEquals("", vm.facts().fileNameProperty().get());
    }

    @Test
    void clearingShowsNothingAndSavesTypingFirst() {
        DetailViewModel vm = viewModel(DIRECT, DIRECT);
        vm.show(camera.id());
        vm.title().textProperty().set("Kept");

        vm.clear();

        assertEquals("Kept", stored(camera).title());
        assertFalse(vm.showingProperty().get());
        assertEquals("", vm.title().textProperty().get());
        assertEquals(List.of(), vm.labels(LabelKind.TAG).items());
    }

    /** Holds tasks until the test runs them, to play out orders a thread pool may produce. */
    private static final class QueueExecutor implements Executor {

        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runNext() {
            tasks.remove().run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                runNext();
            }
        }

        List<Runnable> takeAll() {
            List<Runnable> taken = new ArrayList<>(tasks);
            tasks.clear();
            return taken;
        }
    }
}
