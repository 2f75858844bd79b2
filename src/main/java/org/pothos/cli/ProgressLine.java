package org.pothos.cli;

import java.io.PrintWriter;

/**
 * A live progress line on standard error: rewritten in place on a terminal, at most ten times a
 * second; in a log or pipe, one line every few seconds so the output stays readable.
 */
final class ProgressLine {

    private final PrintWriter err;
    private final boolean terminal;
    private final long intervalNanos;
    private long lastPrint;
    private int lastLength;

    ProgressLine(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
        this.intervalNanos = terminal ? 100_000_000L : 3_000_000_000L;
        this.lastPrint = System.nanoTime();
    }

    synchronized void update(String text) {
        long now = System.nanoTime();
        if (now - lastPrint < intervalNanos) {
            return;
        }
        lastPrint = now;
        if (terminal) {
            String padded = text.length() < lastLength ? text + " ".repeat(lastLength - text.length()) : text;
            err.print("\r" + padded);
            lastLength = text.length();
        } else {
            err.println(text);
        }
        err.flush();
    }

    /** Ends the line so that what follows starts on a clean one. */
    synchronized void finish() {
        if (terminal && lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
        lastLength = 0;
    }
}
