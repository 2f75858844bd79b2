package org.pothos.bench;

/** A limit from the design's budget table that a figure's median must meet. */
public record Budget(Direction direction, double limit) {

    public enum Direction { AT_LEAST, AT_MOST }

    public static Budget atLeast(double limit) {
        return new Budget(Direction.AT_LEAST, limit);
    }

    public static Budget atMost(double limit) {
        return new Budget(Direction.AT_MOST, limit);
    }

    public boolean isMetBy(double value) {
        return direction == Direction.AT_LEAST ? value >= limit : value <= limit;
    }
}
