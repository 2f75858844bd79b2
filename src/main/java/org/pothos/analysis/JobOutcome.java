package org.pothos.analysis;

/**
 * How running a job ended, before it is recorded: an answer, or an error with its kind. The raw
 * model output and the bytes uploaded are kept either way.
 */
public record JobOutcome(ModelAnswer answer, ErrorKind errorKind, String message, String rawAnswer, long bytesUploaded,
                         java.time.Duration retryAfter) {

    public static JobOutcome success(ModelAnswer answer, String rawAnswer, long bytesUploaded) {
        return new JobOutcome(answer, null, null, rawAnswer, bytesUploaded, null);
    }

    public static JobOutcome failure(ErrorKind kind, String message, String rawAnswer, long bytesUploaded) {
        return new JobOutcome(null, kind, message, rawAnswer, bytesUploaded, null);
    }

    /** A failed model call, with the wait the server asked for when it was busy. */
    public static JobOutcome failure(ModelCallException e) {
        return new JobOutcome(null, e.kind(), e.getMessage(), null, 0, e.retryAfter());
    }

    public boolean succeeded() {
        return answer != null;
    }
}
