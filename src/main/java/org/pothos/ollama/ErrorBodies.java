package org.pothos.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a server put in an error answer: Ollama's {@code {"error": …}}, the page a proxy sends (its
 * title, or its first text, never the raw markup), or plain text; and the wait a busy server asks for.
 */
final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile(
            "<(script|style|head)[^>]*>.*?</\\1>|<!--.*?-->", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final int MAX_LENGTH = 300;
    /** A server asking for longer than this is taken at this word: jobs wait, they are not parked for hours. */
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofMinutes(10);

    private ErrorBodies() {
    }

    /** One line saying what the body says; empty when it says nothing. */
    static String summarise(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.hasNonNull("error")) {
                return clip(firstLine(node.get("error").asText()));
            }
        } catch (IOException e) {
            // not JSON: read it as a page or as text
        }
        if (text.startsWith("<") || TITLE.matcher(text).find()) {
            Matcher title = TITLE.matcher(text);
            if (title.find() && !unescape(title.group(1)).isBlank()) {
                return clip(unescape(title.group(1)));
            }
            return clip(unescape(TAG.matcher(INVISIBLE.matcher(text).replaceAll(" ")).replaceAll(" ")));
        }
        return clip(firstLine(text));
    }

    /** HTTP Retry-After: whole seconds or a date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        Duration wait;
        if (value.matches("\\d{1,9}")) {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } else {
            try {
                wait = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : wait;
    }

    static String firstLine(String text) {
        return text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }

    private static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static String clip(String text) {
        String line = text.strip();
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
