package org.pothos.reliability;

import java.util.Random;

/**
 * Where the next SIGKILL lands, drawn from a seeded random so a failing run can be repeated: while
 * the process starts (database open and migration), in the middle of import writes, while the batch
 * is queued, with requests in flight, or the moment a job's result was saved. Work is spread so that
 * the planned number of kills fits before the batch would finish.
 */
final class KillPlan {

    enum Kind {
        /** A delay after the process was started, whatever it is doing then. */
        STARTUP,
        /** A few milliseconds after the n-th newly imported file was reported. */
        IMPORT,
        /** A few milliseconds after the import finished: while the batch is queued or the first jobs start. */
        QUEUEING,
        /** A few milliseconds after the n-th job started: with requests in flight. */
        ANALYSIS,
        /** At once when the n-th job reports its result saved. */
        AFTER_SUCCESS
    }

    /** One kill: what to wait for, how many of it, then how long to wait before the kill. */
    record Kill(Kind kind, int count, long delayMillis) {
    }

    private final Random random;
    private final int kills;
    private int planned;
    private Kind last;

    KillPlan(long seed, int kills) {
        this.random = new Random(seed);
        this.kills = kills;
    }

    boolean hasMore() {
        return planned < kills;
    }

    int planned() {
        return planned;
    }

    /** The next kill, for a library of {@code files} files that got as far as {@code state}. */
    Kill next(int files, LibraryInvariants.Progress state) {
        Kill kill = choose(files, state);
        last = kill.kind();
        return kill;
    }

    private Kill choose(int files, LibraryInvariants.Progress state) {
        int left = kills - planned;
        planned++;
        if (planned == 1 || random.nextInt(10) == 0 && state.jobsLeft() > 60) {
            return new Kill(Kind.STARTUP, 0, 300 + random.nextInt(2200));
        }
        if (state.items() < files) {
            // A third of the kills go to the import; the rest to queueing and the batch.
            int importKills = Math.max(1, left * 3 / 10);
            return new Kill(Kind.IMPORT, 1 + random.nextInt(Math.max(1, 2 * (files - state.items()) / (importKills + 1))),
                    random.nextInt(80));
        }
        if (state.jobs() == 0) {
            // Once aimed at the queueing itself; if that came too early, at the first job started.
            return last == Kind.QUEUEING ? new Kill(Kind.ANALYSIS, 1, random.nextInt(40))
                    : new Kill(Kind.QUEUEING, 0, random.nextInt(120));
        }
        int n = 1 + random.nextInt(Math.max(1, 2 * state.jobsLeft() / (left + 1)));
        return random.nextBoolean() ? new Kill(Kind.ANALYSIS, n, random.nextInt(40)) : new Kill(Kind.AFTER_SUCCESS, n, 0);
    }
}
