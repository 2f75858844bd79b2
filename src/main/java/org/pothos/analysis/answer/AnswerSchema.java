package org.pothos.analysis.answer;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pothos.analysis.AnalysisField;
import org.pothos.analysis.AnswerLimits;

/**
 * The JSON schema passed to Ollama as {@code format}, which constrains the model's output to an
 * object with exactly the requested fields. Maps rather than a schema library: Ollama takes plain JSON.
 */
public final class AnswerSchema {

    private AnswerSchema() {
    }

    public static Map<String, Object> forFields(Set<AnalysisField> fields, AnswerLimits limits) {
        return forFields(fields, limits, List.of());
    }

    /**
     * The schema; with {@code allowedCategories} (a strict vocabulary's short list) each category must be one
     * of them, which Ollama enforces while the model writes.
     */
    public static Map<String, Object> forFields(Set<AnalysisField> fields, AnswerLimits limits, List<String> allowedCategories) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("no fields requested");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        // EnumSet gives the declaration order, so the model writes the title first whatever the caller passed
        for (AnalysisField field : EnumSet.copyOf(fields)) {
            properties.put(FieldKeys.key(field), property(field, limits));
        }
        if (!allowedCategories.isEmpty() && properties.containsKey(FieldKeys.key(AnalysisField.CATEGORIES))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> categories = (Map<String, Object>) properties.get(FieldKeys.key(AnalysisField.CATEGORIES));
            categories.put("items", Map.of("type", "string", "enum", List.copyOf(allowedCategories)));
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.copyOf(properties.keySet()));
        schema.put("additionalProperties", false);
        return schema;
    }

    /** Per-field mode still asks for an object, so one parser reads both modes. */
    public static Map<String, Object> forSingleField(AnalysisField field, AnswerLimits limits) {
        return forFields(EnumSet.of(field), limits);
    }

    private static Map<String, Object> property(AnalysisField field, AnswerLimits limits) {
        return switch (field) {
            case TITLE -> text(limits.maxTitleLength());
            case DESCRIPTION -> text(limits.maxDescriptionLength());
            case TAGS -> list(limits.maxTags());
            case CATEGORIES -> list(limits.maxCategories());
        };
    }

    private static Map<String, Object> text(int maxLength) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", "string");
        property.put("maxLength", maxLength);
        return property;
    }

    private static Map<String, Object> list(int maxItems) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("type", "array");
        property.put("items", Map.of("type", "string"));
        property.put("maxItems", maxItems);
        return property;
    }
}
