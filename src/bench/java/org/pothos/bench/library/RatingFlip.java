package org.pothos.bench.library;

import org.pothos.library.MediaStore;

/** A small real edit: the rating of the last item, changed on every call. */
final class RatingFlip implements Runnable {

    private final MediaStore store;
    private final long itemId;
    private int rating;

    RatingFlip(MediaStore store, long itemId) {
        this.store = store;
        this.itemId = itemId;
    }

    @Override
    public void run() {
        rating = (rating + 1) % 6;
        store.setRating(itemId, rating);
    }
}
