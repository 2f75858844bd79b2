package org.pothos.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.library.ItemEditor;
import org.pothos.library.Label;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.library.SortOrder;
import org.pothos.library.Source;
import org.pothos.testsupport.TestImages;
import org.pothos.thumbnails.ThumbnailService;
import org.pothos.ui.common.Texts;
import org.pothos.ui.detail.PreviewImages;
import org.pothos.ui.edit.ItemEdits;

/** The viewer without a toolkit, on a real library: paging over a grid order, decoding ahead, zoom and edits. */
class ViewerViewModelTest {

    private static final Executor DIRECT = Runnable::run;
    private static final int SCREEN_EDGE = 200;

    @TempDir
    Path temp;

    private LibraryFixture library;
    private ThumbnailService thumbnails;
    private ItemEdits edits;
    private ViewerViewModel viewer;
    private List<Long> order;
    private final List<Long> followed = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        for (int i = 0; i < 6; i++) {
            TestImages.jpeg(photos, "p" + i + ".jpg", 640 + i, 480);
        }
        Files.writeString(photos.resolve("p6.jpg"), "not a picture any more");
        library = new LibraryFixture(Files.createDirectories(temp.resolve("data")));
        library.importPaths(photos);
        // The last one is damaged after it was imported.
        TestImages.jpeg(photos, "p6.jpg", 300, 200);
        library.importPaths(photos);
        Files.write(photos.resolve("p6.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2});
        order = library.store.find(MediaQuery.all().withSort(SortOrder.NAME), 0, 100).items().stream().map(MediaItem::id).toList();
        thumbnails = new ThumbnailService(temp.resolve("thumbnails"), 128, ThumbnailService.DEFAULT_MAX_PIXELS, 1);
        edits = new ItemEdits(new ItemEditor(library.store), Texts.of("org.pothos.ui.library.LibraryView", Locale.ENGLISH),
                DIRECT, DIRECT);
        viewer = ViewerViewModel.create(library.store, new PreviewImages(thumbnails, SCREEN_EDGE),
                new PreviewImages(thumbnails, ViewerViewModel.FULL_SIZE_EDGE), edits, Texts.of(ViewerView.BUNDLE, Locale.ENGLISH),
                DIRECT, DIRECT);
        viewer.setOnCurrentChanged(followed::add);
        edits.setOnStored(viewer::stored);
    }

    @AfterEach
    void close() {
        thumbnails.close();
        library.close();
    }

    private MediaItem stored(long id) {
        return library.store.findById(id).orElseThrow();
    }

    @Test
    void pagesOverTheGridOrderWithTheNeighboursDecodedAhead() {
        viewer.open(order, order.get(1));

        assertTrue(viewer.openProperty().get());
        assertEquals("2 / 7", viewer.positionProperty().get());
        assertEquals("p1.jpg", viewer.facts().fileNameProperty().get());
        assertTrue(viewer.sharpProperty().get());
        assertEquals(SCREEN_EDGE, viewer.imageProperty().get().getWidth(), "decoded at screen size");
        ViewerImages images = viewer.images();
        assertTrue(images.image(order.get(0)).isPresent(), "the previous one is decoded ahead");
        assertTrue(images.image(order.get(2)).isPresent(), "the next one is decoded ahead");

        viewer.next();
        assertEquals("3 / 7", viewer.positionProperty().get());
        assertEquals("p2.jpg", viewer.facts().fileNameProperty().get());
        viewer.previous();
        viewer.previous();
        viewer.previous(); // at the first already: stays
        assertEquals("1 / 7", viewer.positionProperty().get());
        viewer.last();
        assertEquals("p6.jpg", viewer.facts().fileNameProperty().get());
        assertNotNull(viewer.problemProperty().get(), "a picture that cannot be decoded says why");
        viewer.next();
        assertEquals("7 / 7", viewer.positionProperty().get());
        assertEquals(List.of(order.get(1), order.get(2), order.get(1), order.get(0), order.get(6)), followed);

        long held = order.stream().filter(id -> images.image(id).isPresent()).count();
        assertTrue(held <= ViewerViewModel.HELD_PICTURES, "at most " + ViewerViewModel.HELD_PICTURES + " held, was " + held);

        viewer.close();
        assertFalse(viewer.openProperty().get());
        assertNull(viewer.imageProperty().get());
        assertTrue(order.stream().noneMatch(id -> images.image(id).isPresent()), "closing lets the pictures go");
    }

    @Test
    void oneHundredPercentShowsThePictureAtItsFullSize() {
        viewer.open(order, order.get(3));
        assertEquals(SCREEN_EDGE, viewer.imageProperty().get().getWidth());

        viewer.toggleZoom();

        assertEquals(ViewerViewModel.Zoom.ACTUAL, viewer.zoomProperty().get());
        assertEquals(643, viewer.imageProperty().get().getWidth());
        viewer.next();
        assertEquals(ViewerViewModel.Zoom.FIT, viewer.zoomProperty().get(), "a new picture starts fitted");
    }

    @Test
    void editsFromTheKeyboardAreTheUsersAndUndoable() {
        long id = order.get(0);
        library.store.addLabels(id, LabelKind.TAG, List.of("water"), Source.ai("llava:7b"));
        viewer.open(order, id);

        viewer.rate(4);
        viewer.toggleFavourite();
        viewer.newTagProperty().set("  Sea  ");
        viewer.addTag();
        viewer.titleProperty().set("Harbour at dusk");
        viewer.commitTitle();

        MediaItem item = stored(id);
        assertEquals(4, item.rating());
        assertTrue(item.favourite());
        assertEquals("Harbour at dusk", item.title());
        assertEquals(Source.USER, item.titleSource());
        assertEquals(List.of(new Label("Sea", Source.USER), new Label("water", Source.ai("llava:7b"))), item.tags());
        assertEquals(List.of(new Label("Sea", Source.USER), new Label("water", Source.ai("llava:7b"))), viewer.tags());
        assertEquals("", viewer.newTagProperty().get());

        viewer.removeTag(new Label("water", Source.ai("llava:7b")));
        assertEquals(List.of(new Label("Sea", Source.USER)), stored(id).tags());

        viewer.undo();
        viewer.undo();
        assertNull(stored(id).title());
        assertEquals(List.of(new Label("Sea", Source.USER), new Label("water", Source.ai("llava:7b"))), stored(id).tags());
        assertEquals("", viewer.titleProperty().get(), "the viewer shows what the undo restored");
        viewer.undo();
        viewer.undo();
        viewer.undo();
        assertEquals(0, stored(id).rating());
        assertFalse(stored(id).favourite());
        assertEquals(List.of(new Label("water", Source.ai("llava:7b"))), stored(id).tags());
    }

    @Test
    void typingATitleIsSavedWhenPagingOn() {
        viewer.open(order, order.get(0));
        viewer.titleProperty().set("First");
        viewer.next();
        assertEquals("First", stored(order.get(0)).title());
        assertEquals("", viewer.titleProperty().get());
    }

    @Test
    void whenTheLibraryCannotBeReadOrWrittenTheViewerSaysSoAndTheRatingStays() {
        viewer.open(order, order.get(0));
        assertEquals(0, viewer.ratingProperty().get());
        library.close();   // every store call from now on throws

        viewer.rate(4);
        assertFalse(edits.busyProperty().get(), "not left saving");
        assertTrue(edits.errorProperty().get().startsWith("The change could not be saved: "), edits.errorProperty().get());
        assertEquals(0, viewer.ratingProperty().get());

        viewer.next();
        assertEquals("This picture could not be read from the library.", viewer.problemProperty().get());
    }
}
