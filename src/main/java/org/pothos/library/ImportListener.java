package org.pothos.library;

/**
 * Hears an import's progress. Called from the import's threads, often: a user interface adapts
 * and coalesces the calls onto its own thread.
 */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    default void onProgress(ImportProgress progress) {
    }

    default void onOutcome(ImportOutcome outcome) {
    }
}
