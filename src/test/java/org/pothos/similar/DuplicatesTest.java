package org.pothos.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pothos.app.AppContext;
import org.pothos.common.Cancellation;
import org.pothos.library.ImportListener;
import org.pothos.library.MediaItem;
import org.pothos.simulation.SimulatedOllama;

/**
 * Near-duplicates in a real library of real files: a photo, its copy at half size, recompressed at quality 60 and
 * cropped by 2 %, beside other photos of the same kind of scene; the hashes come from the thumbnails' decodes.
 */
class DuplicatesTest {

    @TempDir
    static Path temp;

    private static AppContext context;
    private static Map<String, Long> ids;

    @BeforeAll
    static void importPhotos() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        BufferedImage original = NearDuplicatePictures.photo(1);
        NearDuplicatePictures.write(photos, "original.jpg", original, 0.9f);
        NearDuplicatePictures.write(photos, "half.jpg", NearDuplicatePictures.resized(original, 0.5), 0.9f);
        NearDuplicatePictures.write(photos, "q60.jpg", original, 0.6f);
        NearDuplicatePictures.write(photos, "cropped.jpg", NearDuplicatePictures.cropped(original, 0.02), 0.9f);
        for (int seed = 2; seed <= 4; seed++) {
            NearDuplicatePictures.write(photos, "other" + seed + ".jpg", NearDuplicatePictures.photo(seed), 0.9f);
        }
        context = AppContext.open(temp.resolve("library"), SimulatedOllama.closedPortUrl());
        context.importService().importPaths(List.of(photos), ImportListener.NONE, new Cancellation());
        ids = context.mediaStore().findIds(org.pothos.library.MediaQuery.all()).stream()
                .map(id -> context.mediaStore().findById(id).orElseThrow())
                .collect(Collectors.toMap(item -> item.fileName().replace(".jpg", ""), MediaItem::id));
        assertEquals(7, ids.size());
        assertEquals(7, context.perceptualHashes().missing());
        assertEquals(7, context.perceptualHashes().run(done -> { }, new Cancellation()));
        assertEquals(0, context.perceptualHashes().missing());
    }

    @AfterAll
    static void close() throws IOException {
        context.close();
    }

    private static Set<Long> idsOf(String... names) {
        return java.util.Arrays.stream(names).map(ids::get).collect(Collectors.toSet());
    }

    @Test
    void resizedRecompressedAndCroppedCopiesFormOneGroupAndOtherPhotosNone() {
        List<DuplicateGroup> groups = context.duplicateFinder().find(DuplicateFinder.DEFAULT_THRESHOLD);
        assertEquals(1, groups.size(), groups.toString());
        DuplicateGroup group = groups.get(0);
        assertEquals(idsOf("original", "half", "q60", "cropped"),
                group.members().stream().map(m -> m.item().id()).collect(Collectors.toSet()));
        // The full-size, best-quality file is the one to keep.
        assertEquals(ids.get("original"), group.suggestedKeeper().id());
        assertFalse(group.identical());
        assertTrue(group.members().stream().allMatch(m -> m.distance() >= 0 && m.distance() <= DuplicateFinder.DEFAULT_THRESHOLD));
        // Even at the largest threshold, the other photos of the same kind of scene stay out.
        assertEquals(1, context.duplicateFinder().find(HammingGroups.MAX_THRESHOLD).size());
    }

    @Test
    void similarByLookPutsTheCopiesFirst() {
        List<SimilarPictures.Similar> similar = context.similarPictures().byLook(ids.get("original"), 10).orElseThrow();
        assertEquals(idsOf("half", "q60", "cropped"), similar.stream().map(s -> s.item().id()).collect(Collectors.toSet()));
    }
}
