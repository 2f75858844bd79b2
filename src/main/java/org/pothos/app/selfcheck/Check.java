package org.pothos.app.selfcheck;

/** One named check: returns what it found, or throws with what is wrong. */
record Check(String name, Step step) {

    @FunctionalInterface
    interface Step {
        String run() throws Exception;
    }

    /** Thrown by a step that cannot run because one it builds on failed (that one is the failure). */
    static final class Skipped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skipped(String reason) {
            super(reason);
        }
    }
}
