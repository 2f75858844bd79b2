package org.pothos.library;

/** What a rescan found: items checked, newly missing, found again at their path, and re-indexed. */
public record RescanReport(long checked, long nowMissing, long foundAgain, ImportReport reindexed) {
}
