package org.pothos.ollama;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.ModelCallException;

/**
 * Says what went wrong talking to Ollama in words a user understands, with the kind that decides
 * whether to retry. Ollama's own error text is kept wherever it is known.
 */
final class OllamaErrors {

    /**
     * From an HTTP status and the body of the answer.
     *
     * @param retryAfter the wait a busy server asked for, or null
     */
    ModelCallException fromStatus(int status, String body, Endpoint endpoint, String model, java.time.Duration retryAfter) {
        String url = endpoint.url();
        String text = ErrorBodies.summarise(body);
        String detail = text.isBlank() ? "no details" : text;
        if (status == 404) {
            return modelNotFound(endpoint, model);
        }
        if (status == 503) {
            // Ollama answers 503 when its queue of waiting requests (OLLAMA_MAX_QUEUE) is full.
            String why = detail.contains("maximum pending requests") ? " is busy, its queue is full" : " is busy";
            return new ModelCallException(ErrorKind.BUSY, "Ollama at " + url + why + " (HTTP 503: " + detail + ")", null,
                    retryAfter);
        }
        if (status >= 500) {
            return new ModelCallException(ErrorKind.SERVER_ERROR, "Ollama at " + url + " failed (HTTP " + status + "): " + detail);
        }
        if (status == 401 || status == 403) {
            return new ModelCallException(ErrorKind.REJECTED, "Ollama at " + url + " refused access (HTTP " + status
                    + "): check the endpoint's token");
        }
        return new ModelCallException(ErrorKind.REJECTED, "Ollama at " + url + " rejected the request (HTTP " + status + "): " + detail);
    }

    /** An {@code {"error": …}} line inside a 200 stream: the model runner failed while answering. */
    ModelCallException fromStreamError(String text, Endpoint endpoint, String model) {
        if (text.toLowerCase(Locale.ROOT).contains("not found")) {
            return modelNotFound(endpoint, model);
        }
        return new ModelCallException(ErrorKind.SERVER_ERROR, "Ollama at " + endpoint.url()
                + " failed while answering: " + ErrorBodies.firstLine(text));
    }

    ModelCallException modelNotFound(Endpoint endpoint, String model) {
        String name = model == null ? "the model" : "model " + model;
        return new ModelCallException(ErrorKind.MODEL_NOT_FOUND, name + " is not installed on " + endpoint.url()
                + (model == null ? "" : ": run `ollama pull " + model + "`"));
    }

    /**
     * From an exception: of the HTTP client, or of ollama4j (used for versions and model lists),
     * whose message carries Ollama's error text for 4xx and 5xx and is empty for 503.
     */
    ModelCallException translate(Throwable e, Endpoint endpoint, String model) {
        String url = endpoint.url();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return new ModelCallException(ErrorKind.TIMEOUT, "the request to " + url + " was interrupted", e);
            }
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnresolvedAddressException) {
                return new ModelCallException(ErrorKind.CONNECTION, "cannot reach Ollama at " + url
                        + " (" + connectionProblem(t) + "): is it running? Start it with `ollama serve`", e);
            }
            if (t instanceof HttpTimeoutException) {
                return new ModelCallException(ErrorKind.TIMEOUT, "timed out: Ollama at " + url + " did not answer in time", e);
            }
            if (t instanceof JsonProcessingException) {
                return new ModelCallException(ErrorKind.BAD_RESPONSE, "Ollama at " + url
                        + " sent something that is not its protocol", e);
            }
            if (t instanceof IOException) {
                return new ModelCallException(ErrorKind.BAD_RESPONSE, "the connection to Ollama at " + url
                        + " " + brokenConnection(t), e);
            }
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("not found")) {
            return modelNotFound(endpoint, model);
        }
        if (message.isBlank()) {
            // ollama4j gives a 503 "server busy" an empty message.
            return new ModelCallException(ErrorKind.BUSY, "Ollama at " + url + " is busy or failed without saying why", e);
        }
        return new ModelCallException(ErrorKind.SERVER_ERROR, "Ollama at " + url + " failed: " + ErrorBodies.summarise(message), e);
    }

    /**
     * What happened to a connection, in the server's terms: the JDK's messages speak of its own state
     * ("chunked transfer encoding, state: READING_LENGTH", "EOF reached while reading").
     */
    private static String brokenConnection(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("reset")) {
            return "was reset in the middle of the answer";
        }
        if (message.contains("broken pipe")) {
            return "closed while the request was being sent";
        }
        return "closed in the middle of the answer";
    }

    /**
     * A failure before any answer arrived: a broken connection here means the server went away (it was stopped,
     * or a proxy lost it), which is a connection problem rather than a broken answer.
     */
    ModelCallException beforeAnswer(Throwable e, Endpoint endpoint, String model) {
        ModelCallException translated = translate(e, endpoint, model);
        if (translated.kind() != ErrorKind.BAD_RESPONSE) {
            return translated;
        }
        return new ModelCallException(ErrorKind.CONNECTION, "Ollama at " + endpoint.url()
                + " closed the connection without answering: is it still running?", e);
    }

    /** The JDK says "connection refused" only by the exception's type; its message is often empty. */
    private static String connectionProblem(Throwable t) {
        if (t instanceof HttpConnectTimeoutException) {
            return "connecting timed out";
        }
        if (t instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        return "connection refused";
    }
}
