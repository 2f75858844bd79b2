package org.pothos.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Backpressure from one endpoint that answers "busy" (HTTP 503, its queue is full): how many requests may be
 * in flight to it, lowered by half at each busy spell and raised by one per four rounds of successes (additive
 * increase, multiplicative decrease, as TCP does, but slower to climb back: a model server's capacity does not
 * change from one second to the next), and how long nothing is sent to it after a busy answer: the server's
 * Retry-After when it gives one, else a wait that doubles with each spell that follows another without a success
 * between, up to a minute. Busy answers that arrive during a wait belong to the same spell. Thread-safe.
 */
final class EndpointPressure {

    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    /** A busy server is asked again soon: its queue drains as fast as it answers. */
    static final Duration LONGEST_FIRST_WAIT = Duration.ofMillis(500);
    private static final int ROUNDS_PER_STEP = 4;

    private double limit;
    private int configured;
    private int spells;
    private Instant quietUntil = Instant.MIN;

    /** @param configuredMax the endpoint's own limit, where the window starts */
    EndpointPressure(int configuredMax) {
        this.limit = configuredMax;
        this.configured = configuredMax;
    }

    /**
     * Requests that may be in flight now: the window, within the endpoint's own limit. A window that busy answers
     * have not lowered follows the limit when it is changed.
     */
    synchronized int allowed(int configuredMax) {
        if (limit >= configured) {
            limit = configuredMax;
        }
        configured = configuredMax;
        limit = Math.min(limit, configuredMax);
        return Math.max(1, (int) Math.floor(limit));
    }

    synchronized boolean waiting(Instant now) {
        return now.isBefore(quietUntil);
    }

    synchronized Instant quietUntil() {
        return quietUntil;
    }

    /**
     * A busy answer: returns when the job may be sent again.
     *
     * @param retryAfter what the server asked for, or null
     * @param firstWait  the wait after a first busy spell (at most half a second); it doubles with each spell that follows
     */
    synchronized Instant onBusy(Duration retryAfter, Duration firstWait, Instant now) {
        if (now.isBefore(quietUntil)) {
            return quietUntil;
        }
        spells++;
        limit = Math.max(1, limit / 2);
        Duration first = firstWait.compareTo(LONGEST_FIRST_WAIT) > 0 ? LONGEST_FIRST_WAIT : firstWait;
        Duration wait = retryAfter != null ? retryAfter : jittered(grow(first, spells));
        quietUntil = now.plus(wait);
        return quietUntil;
    }

    synchronized void onSuccess(int configuredMax) {
        spells = 0;
        limit = Math.min(configuredMax, limit + 1 / (ROUNDS_PER_STEP * limit));
    }

    private static Duration grow(Duration first, int spells) {
        long millis = Math.max(1, first.toMillis()) << Math.min(16, spells - 1);
        return Duration.ofMillis(Math.min(millis, LONGEST_WAIT.toMillis()));
    }

    /** ±20 %, so that jobs held back together do not all return at the same moment. */
    private static Duration jittered(Duration wait) {
        double factor = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.min(LONGEST_WAIT.toMillis(), (long) (wait.toMillis() * factor)));
    }
}
