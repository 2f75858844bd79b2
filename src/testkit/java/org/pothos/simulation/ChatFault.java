package org.pothos.simulation;

/**
 * A way a chat request can go wrong, as seen on real Ollama servers and proxies in front of them.
 * Faults that act after some stream chunks apply to non-streaming requests at the point where the
 * body would be written.
 */
public record ChatFault(Kind kind, int status, String body, int afterChunks) {

    public enum Kind {
        /** Answer at once with this status and body. */
        STATUS,
        /** Never send headers until the request is released or the server closes. */
        HANG,
        /** Send headers and some chunks, then go silent until released or closed. */
        STALL,
        /** Send some chunks, then close the connection without ending the chunked body. */
        DROP,
        /** Send some chunks, then a line that is not JSON, then the rest of the stream. */
        GARBAGE_LINE,
        /** Send some chunks, then {"error": body} and end the stream, status staying 200. */
        ERROR_IN_STREAM
    }

    public static final String BUSY_BODY = "{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}";
    public static final String GARBAGE = "data: {\"message\": {\"content\": \"trunc";

    public static ChatFault status(int status, String body) {
        return new ChatFault(Kind.STATUS, status, body, 0);
    }

    public static ChatFault internalError() {
        return status(500, "{\"error\":\"llama runner process has terminated: exit status 2\"}");
    }

    public static ChatFault busy() {
        return status(503, BUSY_BODY);
    }

    public static ChatFault hang() {
        return new ChatFault(Kind.HANG, 0, null, 0);
    }

    public static ChatFault stallAfter(int chunks) {
        return new ChatFault(Kind.STALL, 200, null, chunks);
    }

    public static ChatFault dropAfter(int chunks) {
        return new ChatFault(Kind.DROP, 200, null, chunks);
    }

    public static ChatFault garbageLineAfter(int chunks) {
        return new ChatFault(Kind.GARBAGE_LINE, 200, GARBAGE, chunks);
    }

    public static ChatFault errorInStreamAfter(int chunks, String message) {
        return new ChatFault(Kind.ERROR_IN_STREAM, 200, message, chunks);
    }
}
