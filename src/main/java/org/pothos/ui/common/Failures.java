package org.pothos.ui.common;

/** How a failure reads in a sentence shown to the user. */
public final class Failures {

    private Failures() {
    }

    /** The exception's message, or its kind when it has none (a NullPointerException, a 503 with an empty body). */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
