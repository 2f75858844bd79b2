package org.pothos.embedding;

/**
 * What search by meaning is doing, for the window's status bar and the command line.
 *
 * @param model   the library's embedding model, or null when there is none
 * @param done    items embedded in the current run
 * @param total   items to embed in the current run
 * @param message why it waits or cannot work (not reachable, no model: with the command that installs one)
 */
public record EmbeddingStatus(State state, String model, long done, long total, String message) {

    public enum State {
        /** Every item with words has a current vector. */
        IDLE,
        /** Embedding items. */
        RUNNING,
        /** Stopped by the person; resumes on request or at the next start. */
        CANCELLED,
        /** Ollama does not answer; tried again later. */
        PAUSED,
        /** No embedding model is installed or chosen: search ranks by words alone. */
        NO_MODEL
    }

    public static EmbeddingStatus idle(String model) {
        return new EmbeddingStatus(State.IDLE, model, 0, 0, null);
    }
}
