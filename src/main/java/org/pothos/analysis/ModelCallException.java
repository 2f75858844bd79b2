package org.pothos.analysis;

/** A model call that did not produce an answer, with the kind of failure and a message a user understands. */
public class ModelCallException extends Exception {

    private final ErrorKind kind;
    private final java.time.Duration retryAfter;

    public ModelCallException(ErrorKind kind, String message) {
        this(kind, message, null, null);
    }

    public ModelCallException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    /** @param retryAfter how long the server asked to wait before the next request (HTTP Retry-After), or null */
    public ModelCallException(ErrorKind kind, String message, Throwable cause, java.time.Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The wait the server asked for, or null when it named none. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }
}
