package org.pothos.persistence;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a transaction that lost a race with another one from a real failure, and runs it again after a short
 * jittered wait when it did: on a busy two-core machine two results saved at once can wait on each other's
 * locks past H2's lock timeout, or both create the same row, and the second try finds the first one's work
 * committed.
 */
final class TransactionConflicts {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionConflicts.class);

    /** H2's codes: lock timeout, deadlock, duplicate key, concurrent update of a row. */
    private static final Set<Integer> CONFLICT_CODES = Set.of(50200, 40001, 23505, 90131);
    static final int MAX_ATTEMPTS = 8;
    private static final long FIRST_WAIT_MILLIS = 10;
    private static final long MAX_WAIT_MILLIS = 640;

    private TransactionConflicts() {
    }

    static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                LOG.debug("transaction conflict, try {} of {}: {}", attempt, MAX_ATTEMPTS, e.toString());
                LockSupport.parkNanos(wait(attempt) * 1_000_000);
                if (Thread.currentThread().isInterrupted()) {
                    throw e;
                }
            }
        }
    }

    /** Doubling from 10 ms, each wait drawn between half and the whole of it so that racers part. */
    static long wait(int attempt) {
        long full = Math.min(MAX_WAIT_MILLIS, FIRST_WAIT_MILLIS << Math.min(20, attempt - 1));
        return full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1);
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql && (CONFLICT_CODES.contains(sql.getErrorCode()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
