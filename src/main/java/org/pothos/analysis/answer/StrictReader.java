package org.pothos.analysis.answer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.pothos.analysis.AnalysisField;

/**
 * Reads an answer that is exactly what the schema asked for: one JSON object, only the requested
 * keys, each present with its type. Lengths are not part of the test: they are clamped afterwards.
 */
final class StrictReader {

    private StrictReader() {
    }

    static Optional<RawFields> read(String content, Set<AnalysisField> fields) {
        JsonNode root;
        try {
            root = JsonMappers.STRICT.readTree(content.strip());
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || root.size() != fields.size()) {
            return Optional.empty();
        }
        RawFields raw = new RawFields();
        for (AnalysisField field : fields) {
            JsonNode value = root.get(FieldKeys.key(field));
            if (value == null || !hasSchemaType(field, value)) {
                return Optional.empty();
            }
            if (value.isArray()) {
                value.forEach(item -> raw.add(field, item.asText()));
            } else {
                raw.add(field, value.asText());
            }
        }
        return Optional.of(raw);
    }

    private static boolean hasSchemaType(AnalysisField field, JsonNode value) {
        return switch (field) {
            case TITLE, DESCRIPTION -> value.isTextual();
            case TAGS, CATEGORIES -> value.isArray() && allTextual(value.elements());
        };
    }

    private static boolean allTextual(Iterator<JsonNode> items) {
        while (items.hasNext()) {
            if (!items.next().isTextual()) {
                return false;
            }
        }
        return true;
    }
}
