package org.pothos.analysis;

/** A model call that did not produce an answer, with the kind of failure and a message a user understands. */
public class ModelCallException extends Exception {

    private final ErrorKind kind;

    public ModelCallException(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ModelCallException(ErrorKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
