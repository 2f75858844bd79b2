package org.pothos.ui.viewer;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.image.Image;
import org.pothos.library.MediaItem;
import org.pothos.ui.common.SerialExecutor;
import org.pothos.ui.detail.PreviewImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The viewer's pictures, decoded at screen size off the JavaFX thread: the one on display first, then its
 * neighbours ahead of time, so that paging shows a finished picture at once. At most {@code capacity} are held
 * (a screen-size picture is 8–35 MB); those that left the neighbourhood are dropped first, and a queued decode
 * of a picture no longer wanted is skipped. Call {@link #want} and {@link #image} on the UI thread.
 */
final class ViewerImages {

    private static final Logger LOG = LoggerFactory.getLogger(ViewerImages.class);

    private final PreviewImages previews;
    private final int capacity;
    private final Executor decoding;
    private final Executor ui;
    /** Decoded pictures by item id, least recently wanted first; guarded by the UI thread. */
    private final Map<Long, Image> decoded = new LinkedHashMap<>(16, 0.75f, true);
    /** Ids whose picture is wanted now, read by the decoding thread. */
    private volatile Set<Long> wanted = Set.of();
    /** Ids queued for decoding and not finished; guarded by the UI thread. */
    private final Set<Long> queued = new HashSet<>();

    /** @param capacity pictures held at most, at least 3 (the one shown and its two neighbours) */
    ViewerImages(PreviewImages previews, int capacity, Executor background, Executor ui) {
        if (capacity < 3) {
            throw new IllegalArgumentException("capacity must be at least 3: " + capacity);
        }
        this.previews = previews;
        this.capacity = capacity;
        // One decode at a time: the one on display is queued first, and two decodes at once would only slow it.
        this.decoding = new SerialExecutor(background);
        this.ui = ui;
    }

    /** The screen-size picture of an item if it is decoded already. */
    Optional<Image> image(long id) {
        return Optional.ofNullable(decoded.get(id));
    }

    /**
     * Says which pictures are wanted, the one on display first; drops the others held beyond the capacity and
     * queues the missing ones. {@code ready} hears each picture as it is decoded (on the UI thread).
     */
    void want(List<MediaItem> items, Consumer<DecodedPicture> ready) {
        wanted = Set.copyOf(items.stream().map(MediaItem::id).toList());
        for (MediaItem item : items) {
            decoded.get(item.id()); // marks it recently wanted
        }
        evict();
        for (MediaItem item : items) {
            if (!decoded.containsKey(item.id()) && queued.add(item.id())) {
                decoding.execute(() -> decode(item, ready));
            }
        }
    }

    /** Forgets every picture (the viewer closed). */
    void clear() {
        wanted = Set.of();
        decoded.clear();
    }

    private void decode(MediaItem item, Consumer<DecodedPicture> ready) {
        if (!wanted.contains(item.id())) {
            ui.execute(() -> queued.remove(item.id()));
            return;
        }
        Image image = null;
        String problem = null;
        try {
            image = previews.decode(item.path());
        } catch (Exception | OutOfMemoryError e) {
            // Files come from anywhere: the viewer shows the thumbnail and says why there is no more.
            LOG.info("No viewer picture for item {}: {}", item.id(), e.toString());
            problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        Image result = image;
        String reason = problem;
        ui.execute(() -> {
            queued.remove(item.id());
            if (result != null && wanted.contains(item.id())) {
                decoded.put(item.id(), result);
                evict();
            }
            ready.accept(new DecodedPicture(item.id(), result, reason));
        });
    }

    /** Drops the least recently wanted pictures that are not wanted now, down to the capacity. */
    private void evict() {
        var entries = decoded.entrySet().iterator();
        while (decoded.size() > capacity && entries.hasNext()) {
            if (!wanted.contains(entries.next().getKey())) {
                entries.remove();
            }
        }
    }

    /** A decode's result: the picture, or why there is none. */
    record DecodedPicture(long id, Image image, String problem) {
    }
}
