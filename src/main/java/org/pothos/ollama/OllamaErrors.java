package org.pothos.ollama;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pothos.analysis.Endpoint;
import org.pothos.analysis.ErrorKind;
import org.pothos.analysis.ModelCallException;

/**
 * Reads ollama4j's exceptions, whose messages are often thin ("closed", an empty 503, a
 * NullPointerException for an error inside a stream), and says what happened in words a user
 * understands, with the kind that decides whether to retry.
 */
final class OllamaErrors {

    private static final Pattern STATUS = Pattern.compile("(?:status|code)[^0-9]{0,12}(\\d{3})", Pattern.CASE_INSENSITIVE);

    ModelCallException translate(Exception e, Endpoint endpoint, String model) {
        String url = endpoint.url();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException || (t.getMessage() != null && t.getMessage().contains("interrupted"))) {
                return new ModelCallException(ErrorKind.TIMEOUT, "the request to " + url + " was interrupted", e);
            }
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return new ModelCallException(ErrorKind.CONNECTION, "cannot reach Ollama at " + url
                        + ": is it running? Start it with `ollama serve`", e);
            }
            if (t instanceof HttpTimeoutException) {
                return new ModelCallException(ErrorKind.TIMEOUT, "Ollama at " + url + " did not answer in time", e);
            }
            if (t instanceof EOFException || t instanceof ClosedChannelException
                    || (t instanceof IOException && "closed".equalsIgnoreCase(String.valueOf(t.getMessage())))) {
                return new ModelCallException(ErrorKind.BAD_RESPONSE, "Ollama at " + url + " closed the connection mid-answer", e);
            }
            if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                return new ModelCallException(ErrorKind.BAD_RESPONSE, "Ollama at " + url
                        + " sent something that is not its protocol (" + firstLine(t.getMessage()) + ")", e);
            }
        }
        return fromServerText(String.valueOf(e.getMessage()), endpoint, model, e);
    }

    ModelCallException fromServerText(String text, Endpoint endpoint, String model) {
        return fromServerText(text, endpoint, model, null);
    }

    private ModelCallException fromServerText(String text, Endpoint endpoint, String model, Exception cause) {
        String url = endpoint.url();
        String lower = text.toLowerCase(Locale.ROOT);
        int status = statusOf(text);
        if (status == 404 || lower.contains("not found")) {
            String name = model == null ? "the model" : "model " + model;
            return new ModelCallException(ErrorKind.MODEL_NOT_FOUND, name + " is not installed on " + url
                    + (model == null ? "" : ": run `ollama pull " + model + "`"), cause);
        }
        if (status == 503 || lower.contains("server busy") || lower.contains("maximum pending")) {
            return new ModelCallException(ErrorKind.BUSY, "Ollama at " + url + " is busy (its queue is full)", cause);
        }
        if (status >= 500) {
            return new ModelCallException(ErrorKind.SERVER_ERROR, "Ollama at " + url + " failed (HTTP " + status + "): "
                    + firstLine(text), cause);
        }
        if (status == 401 || status == 403) {
            return new ModelCallException(ErrorKind.REJECTED, "Ollama at " + url + " refused access (HTTP " + status
                    + "): check the endpoint's token", cause);
        }
        if (status >= 400) {
            return new ModelCallException(ErrorKind.REJECTED, "Ollama at " + url + " rejected the request (HTTP " + status
                    + "): " + firstLine(text), cause);
        }
        if (lower.contains("nullpointer") || lower.contains("error")) {
            // ollama4j loses an error Ollama sends inside a 200 stream; the runner failed on the image or model.
            return new ModelCallException(ErrorKind.SERVER_ERROR, "Ollama at " + url + " reported an error while answering: "
                    + firstLine(text), cause);
        }
        return new ModelCallException(ErrorKind.BAD_RESPONSE, "unexpected answer from Ollama at " + url + ": " + firstLine(text), cause);
    }

    private static int statusOf(String text) {
        Matcher m = STATUS.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "no details";
        }
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
