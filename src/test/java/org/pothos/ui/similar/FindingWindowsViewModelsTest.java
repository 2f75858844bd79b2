package org.pothos.ui.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaItem;
import org.pothos.library.MediaQuery;
import org.pothos.similar.NearDuplicatePictures;
import org.pothos.simulation.SimulatedOllama;
import org.pothos.ui.common.Texts;

/**
 * The Similar pictures and Duplicates windows' ViewModels on a real library of real files, without a toolkit: a photo,
 * two copies of it and another photo; work on the calling thread.
 */
class FindingWindowsViewModelsTest {

    @TempDir
    Path temp;

    private AppContext library() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        BufferedImage photo = NearDuplicatePictures.photo(21);
        NearDuplicatePictures.write(photos, "original.jpg", photo, 0.9f);
        NearDuplicatePictures.write(photos, "half.jpg", NearDuplicatePictures.resized(photo, 0.5), 0.9f);
        NearDuplicatePictures.write(photos, "q60.jpg", photo, 0.6f);
        NearDuplicatePictures.write(photos, "other.jpg", NearDuplicatePictures.photo(22), 0.9f);
        AppContext context = AppContext.open(temp.resolve("library"), SimulatedOllama.closedPortUrl());
        context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
        return context;
    }

    private static MediaItem named(AppContext context, String fileName) {
        return context.mediaStore().findIds(MediaQuery.all()).stream().map(id -> context.mediaStore().findById(id).orElseThrow())
                .filter(item -> item.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    @Test
    void duplicatesAreFoundWithProgressAndOneIsKept() throws Exception {
        try (AppContext context = library()) {
            Texts texts = Texts.of(SimilarView.BUNDLE, Locale.ENGLISH);
            DuplicatesViewModel vm = new DuplicatesViewModel(context.perceptualHashes(), context.duplicateFinder(),
                    context.duplicateResolver(), texts, Locale.ENGLISH, Runnable::run, Runnable::run);
            AtomicInteger libraryChanged = new AtomicInteger();
            vm.setOnLibraryChanged(libraryChanged::incrementAndGet);
            assertFalse(vm.trashAvailableProperty().get(), "no system trash here (no desktop)");

            vm.find();
            assertFalse(vm.busyProperty().get());
            assertEquals("One group of duplicates: keep one picture of it.", vm.statusProperty().get());
            assertEquals(1, vm.groups().size());
            DuplicateGroupViewModel group = vm.groups().get(0);
            assertEquals(Set.of("original.jpg", "half.jpg", "q60.jpg"),
                    group.members().stream().map(t -> t.item().fileName()).collect(Collectors.toSet()));
            assertEquals("original.jpg", group.keepProperty().get().item().fileName(), "the best copy is chosen");
            List<String> lines = vm.describe(group.keepProperty().get());
            assertEquals("Best copy", lines.get(0));
            assertTrue(lines.get(1).startsWith(NearDuplicatePictures.WIDTH + " × " + NearDuplicatePictures.HEIGHT), lines.get(1));

            SimilarTile half = group.members().stream().filter(t -> t.item().fileName().equals("half.jpg")).findFirst().orElseThrow();
            group.keepProperty().set(half);
            vm.keep(group);
            assertEquals("Kept one picture; 2 others left the library.", vm.statusProperty().get());
            assertTrue(vm.groups().isEmpty());
            assertEquals(1, libraryChanged.get());
            assertEquals(Set.of("half.jpg", "other.jpg"), context.mediaStore().findIds(MediaQuery.all()).stream()
                    .map(id -> context.mediaStore().findById(id).orElseThrow().fileName()).collect(Collectors.toSet()));
            assertTrue(Files.exists(temp.resolve("photos/original.jpg")), "files stay without the trash");
        }
    }

    @Test
    void similarPicturesByLookAndWhyNoneByMeaning() throws Exception {
        try (AppContext context = library()) {
            context.perceptualHashes().run(done -> { }, new Cancellation());
            Texts texts = Texts.of(SimilarView.BUNDLE, Locale.ENGLISH);
            SimilarViewModel vm = new SimilarViewModel(context.similarPictures(), context.mediaStore(), texts,
                    Runnable::run, Runnable::run);
            List<Object> opened = new java.util.ArrayList<>();
            vm.setOnOpen((order, id) -> opened.add(List.of(order, id)));

            vm.show(named(context, "q60.jpg").id());
            assertEquals("Pictures like “q60.jpg”", vm.headingProperty().get());
            assertEquals(Set.of("original.jpg", "half.jpg"),
                    vm.lookAlike().stream().map(t -> t.item().fileName()).collect(Collectors.toSet()));
            assertEquals(null, vm.lookAlikeEmptyProperty().get());
            assertTrue(vm.sameMeaning().isEmpty());
            assertTrue(vm.sameMeaningEmptyProperty().get().contains("ollama pull nomic-embed-text"),
                    vm.sameMeaningEmptyProperty().get());

            vm.open(vm.lookAlike().get(1));
            assertEquals(List.of(List.of(vm.lookAlike().stream().map(SimilarTile::id).toList(), vm.lookAlike().get(1).id())), opened);
        }
    }
}
