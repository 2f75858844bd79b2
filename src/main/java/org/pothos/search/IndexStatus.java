package org.pothos.search;

/**
 * Where the search index stands. While it is not {@link State#READY}, text searches fall back to the
 * database's plain substring match (unranked, but never empty-handed).
 *
 * @param done  items indexed so far while rebuilding
 * @param total items to index while rebuilding
 * @param reason why a rebuild runs, or why the index failed
 */
public record IndexStatus(State state, long done, long total, String reason) {

    public enum State { OPENING, REBUILDING, READY, FAILED, CLOSED }

    public static IndexStatus of(State state) {
        return new IndexStatus(state, 0, 0, null);
    }

    public boolean ready() {
        return state == State.READY;
    }
}
