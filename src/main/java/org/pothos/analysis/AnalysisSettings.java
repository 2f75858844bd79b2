package org.pothos.analysis;

import java.time.Duration;

/**
 * How the engine runs jobs.
 *
 * @param concurrency    jobs in flight at once over all endpoints (1 to 16)
 * @param requestTimeout longest wait for one model answer, streaming included
 * @param maxAttempts    tries per job for transient errors before it fails
 * @param retryBackoff   wait before the first retry; doubles each time, with jitter
 */
public record AnalysisSettings(int concurrency, Duration requestTimeout, int maxAttempts, Duration retryBackoff) {

    public static final int DEFAULT_CONCURRENCY = 2;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    public AnalysisSettings {
        if (concurrency < 1 || concurrency > 16) {
            throw new IllegalArgumentException("concurrency must be 1 to 16, was " + concurrency);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT, 3, Duration.ofSeconds(2));
    }

    public AnalysisSettings withConcurrency(int newConcurrency) {
        return new AnalysisSettings(newConcurrency, requestTimeout, maxAttempts, retryBackoff);
    }

    public AnalysisSettings withRequestTimeout(Duration timeout) {
        return new AnalysisSettings(concurrency, timeout, maxAttempts, retryBackoff);
    }

    public AnalysisSettings withMaxAttempts(int attempts) {
        return new AnalysisSettings(concurrency, requestTimeout, attempts, retryBackoff);
    }

    public AnalysisSettings withRetryBackoff(Duration backoff) {
        return new AnalysisSettings(concurrency, requestTimeout, maxAttempts, backoff);
    }
}
