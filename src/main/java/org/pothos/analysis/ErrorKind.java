package org.pothos.analysis;

/** Why a model call or a job failed; {@code isTransient} kinds are retried with backoff. */
public enum ErrorKind {
    /** The endpoint refused the connection or could not be reached. */
    CONNECTION(true),
    /** No answer within the request timeout. */
    TIMEOUT(true),
    /** HTTP 5xx. */
    SERVER_ERROR(true),
    /** HTTP 503: the server's queue is full. */
    BUSY(true),
    /** The stream broke off or was not Ollama's protocol. */
    BAD_RESPONSE(true),
    /** The model is not installed on the endpoint. */
    MODEL_NOT_FOUND(false),
    /** The model cannot see images. */
    NOT_VISION(false),
    /** HTTP 4xx other than 404: the request itself was refused. */
    REJECTED(false),
    /** The image file is gone. */
    FILE_MISSING(false),
    /** The image cannot be decoded. */
    UNREADABLE_IMAGE(false),
    /** The model answered, but nothing usable could be read from it. */
    INVALID_ANSWER(false),
    /**
     * The model answered, but the answer could not be saved yet (the database stayed busy): the answer is
     * kept on the job and saved at its next try without asking the model again.
     */
    NOT_SAVED(true),
    /** No enabled endpoint serves the model. */
    NO_ENDPOINT(false),
    /** Anything else. */
    INTERNAL(false);

    private final boolean isTransient;

    ErrorKind(boolean isTransient) {
        this.isTransient = isTransient;
    }

    public boolean isTransient() {
        return isTransient;
    }
}
