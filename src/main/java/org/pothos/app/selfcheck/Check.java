package org.pothos.app.selfcheck;

/** One named check: returns what it found, or throws with what is wrong. */
record Check(String name, Step step) {

    @FunctionalInterface
    interface Step {
        String run() throws Exception;
    }
}
