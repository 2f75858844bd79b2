package org.pothos.analysis.answer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a JSON object inside prose or a markdown code fence, the way chatty models hand one over. */
final class JsonObjectFinder {

    private static final Pattern FENCE = Pattern.compile("(?s)```[ \\t]*[A-Za-z0-9_-]*[ \\t]*\\R?(.*?)```");
    /** Bounds the work on long garbage with many stray braces. */
    private static final int MAX_CANDIDATES = 32;

    private JsonObjectFinder() {
    }

    static Optional<ObjectNode> find(String text) {
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            Optional<ObjectNode> fenced = firstObject(fence.group(1));
            if (fenced.isPresent()) {
                return fenced;
            }
        }
        return firstObject(text);
    }

    private static Optional<ObjectNode> firstObject(String text) {
        int start = text.indexOf('{');
        for (int tried = 0; start >= 0 && tried < MAX_CANDIDATES; tried++) {
            int end = matchingBrace(text, start);
            if (end > start) {
                Optional<ObjectNode> object = parse(text.substring(start, end + 1));
                if (object.isPresent()) {
                    return object;
                }
            }
            start = text.indexOf('{', start + 1);
        }
        return Optional.empty();
    }

    /** The index of the brace closing the one at {@code start}, skipping braces inside double-quoted strings. */
    private static int matchingBrace(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<ObjectNode> parse(String candidate) {
        try {
            JsonNode node = JsonMappers.LENIENT.readTree(candidate);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
