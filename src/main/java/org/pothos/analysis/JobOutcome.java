package org.pothos.analysis;

/**
 * How running a job ended, before it is recorded: an answer, or an error with its kind. The raw
 * model output and the bytes uploaded are kept either way.
 */
public record JobOutcome(ModelAnswer answer, ErrorKind errorKind, String message, String rawAnswer, long bytesUploaded) {

    public static JobOutcome success(ModelAnswer answer, String rawAnswer, long bytesUploaded) {
        return new JobOutcome(answer, null, null, rawAnswer, bytesUploaded);
    }

    public static JobOutcome failure(ErrorKind kind, String message, String rawAnswer, long bytesUploaded) {
        return new JobOutcome(null, kind, message, rawAnswer, bytesUploaded);
    }

    public boolean succeeded() {
        return answer != null;
    }
}
