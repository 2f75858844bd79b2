package org.pothos.library;

/** Totals shown by {@code stats} and the status bar. */
public record LibraryStats(
        long items,
        long missing,
        long analysed,
        long favourites,
        long totalBytes,
        long tags,
        long categories,
        long thumbnailsReady,
        long thumbnailsFailed) {
}
