package org.pothos.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.imageio.ImageFacts;
import org.pothos.imageio.ImageFormat;
import org.pothos.library.ImportOutcome;
import org.pothos.library.ItemChanges;
import org.pothos.library.ItemEditor;
import org.pothos.library.ItemValues;
import org.pothos.library.LabelKind;
import org.pothos.library.LibraryFixture;
import org.pothos.library.MediaQuery;
import org.pothos.library.MediaStore;
import org.pothos.library.ScannedFile;
import org.pothos.ui.common.Texts;

/** The window's edits of many items: one undo step each, and a failure part-way takes the whole edit back. */
class ItemEditsTest {

    private static final Executor DIRECT = Runnable::run;
    private static final int ITEMS = 1_100;

    @TempDir
    Path temp;

    private LibraryFixture library;
    private List<Long> ids;
    /** The store call (counted from 1) of assign that fails; 0 for none. */
    private final AtomicInteger failingAssign = new AtomicInteger();
    private final AtomicInteger assigns = new AtomicInteger();
    private final List<List<ItemValues>> stored = new ArrayList<>();
    private ItemEdits edits;

    @BeforeEach
    void open() {
        library = new LibraryFixture(temp);
        List<ScannedFile> files = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            files.add(new ScannedFile(temp.resolve("p" + i + ".jpg"), String.format("%064x", i), 1000,
                    Instant.parse("2024-01-01T00:00:00Z"), new ImageFacts(ImageFormat.JPEG, 40, 30, 1, null, null, null, null, null, null)));
        }
        ids = library.store.recordImports(files).stream().map(ImportOutcome::mediaId).toList();
        edits = new ItemEdits(new ItemEditor(failing(library.store)), Texts.of("org.pothos.ui.library.LibraryView", Locale.ENGLISH),
                DIRECT, DIRECT);
        edits.setOnStored(stored::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** The real store, except that the chosen call of {@code assign} throws, as a broken database would. */
    private MediaStore failing(MediaStore real) {
        return (MediaStore) Proxy.newProxyInstance(MediaStore.class.getClassLoader(), new Class<?>[] {MediaStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("assign") && assigns.incrementAndGet() == failingAssign.get()) {
                        throw new IllegalStateException("disk full");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private long tagged(String tag) {
        return library.store.count(MediaQuery.builder().tags(List.of(tag)).build());
    }

    @Test
    void anEditOfManyItemsIsOneUndoStep() {
        edits.apply(ids, ItemChanges.builder().addLabels(LabelKind.TAG, List.of("sea")).favourite(true).build());
        edits.apply(ids.subList(0, 10), ItemChanges.builder().rating(5).build());

        assertEquals(ITEMS, tagged("sea"));
        assertTrue(edits.canUndoProperty().get());
        assertFalse(edits.busyProperty().get());
        assertEquals(ITEMS, stored.get(0).size());
        assertEquals(Boolean.TRUE, stored.get(0).get(0).favourite());

        edits.undo();
        assertEquals(0, library.store.count(MediaQuery.builder().minRating(1).build()));
        assertEquals(ITEMS, tagged("sea"));
        edits.undo();
        assertEquals(0, tagged("sea"));
        assertEquals(0, library.store.count(MediaQuery.builder().favourite(true).build()));
        assertFalse(edits.canUndoProperty().get());
        assertEquals(Boolean.FALSE, stored.get(3).get(0).favourite(), "the tiles hear the values the undo restored");
    }

    @Test
    void aFailurePartWayTakesTheWholeEditBackAndSaysWhy() {
        failingAssign.set(3); // chunks 1 and 2 are written, the third fails
        edits.apply(ids, ItemChanges.builder().addLabels(LabelKind.TAG, List.of("sea")).build());

        assertEquals(0, tagged("sea"), "nothing of the failed edit stays");
        assertEquals("The change could not be saved: disk full. Nothing was changed.", edits.errorProperty().get());
        assertFalse(edits.busyProperty().get());
        assertFalse(edits.canUndoProperty().get(), "there is nothing to undo");
        assertEquals(1, stored.size(), "the tiles hear the values put back");

        failingAssign.set(0);
        edits.apply(ids.subList(0, 3), ItemChanges.builder().addLabels(LabelKind.TAG, List.of("sea")).build());
        assertNull(edits.errorProperty().get(), "the next edit clears the message");
        assertEquals(3, tagged("sea"));
    }
}
