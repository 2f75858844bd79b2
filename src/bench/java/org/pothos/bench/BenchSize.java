package org.pothos.bench;

/** How much work a benchmark run does: {@code SMALL} fits in a few minutes, {@code FULL} is the real measurement. */
public enum BenchSize {
    SMALL,
    FULL;

    /** {@code small} when this run is SMALL, otherwise {@code full}. */
    public <T> T pick(T small, T full) {
        return this == SMALL ? small : full;
    }
}
