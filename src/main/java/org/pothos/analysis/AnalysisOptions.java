package org.pothos.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Everything that shapes one analysis request and how its result is applied. Stored with each job
 * as JSON; its hash identifies "the same request" so that one image has at most one active job per
 * model and options.
 *
 * @param maxEdge    longest edge of the uploaded image in pixels, 0 for the original size
 * @param perField   ask one question per field instead of one structured call
 * @param overwrite  let the model's values replace what the user wrote
 * @param review     the answer arrives as suggestions for the person to accept or reject, whatever the
 *                   library's review setting
 */
public record AnalysisOptions(
        Set<AnalysisField> fields,
        OutputLanguage language,
        AnswerLimits limits,
        int maxEdge,
        float jpegQuality,
        String customPrompt,
        CustomPromptMode promptMode,
        boolean perField,
        boolean overwrite,
        boolean review) {

    public static final int DEFAULT_MAX_EDGE = 1024;
    public static final float DEFAULT_JPEG_QUALITY = 0.85f;

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public AnalysisOptions {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("ask for at least one field");
        }
        fields = Set.copyOf(EnumSet.copyOf(fields));
        language = language == null ? OutputLanguage.EN : language;
        limits = limits == null ? AnswerLimits.defaults() : limits;
        if (maxEdge < 0) {
            throw new IllegalArgumentException("maxEdge must be 0 (original) or positive");
        }
        if (jpegQuality <= 0 || jpegQuality > 1) {
            throw new IllegalArgumentException("JPEG quality must be in (0, 1]");
        }
        customPrompt = customPrompt == null || customPrompt.isBlank() ? null : customPrompt.strip();
        promptMode = promptMode == null ? CustomPromptMode.EXTEND : promptMode;
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(EnumSet.allOf(AnalysisField.class), OutputLanguage.EN, AnswerLimits.defaults(),
                DEFAULT_MAX_EDGE, DEFAULT_JPEG_QUALITY, null, CustomPromptMode.EXTEND, false, false, false);
    }

    public AnalysisOptions withFields(Set<AnalysisField> newFields) {
        return new AnalysisOptions(newFields, language, limits, maxEdge, jpegQuality, customPrompt, promptMode, perField, overwrite, review);
    }

    public AnalysisOptions withLanguage(OutputLanguage newLanguage) {
        return new AnalysisOptions(fields, newLanguage, limits, maxEdge, jpegQuality, customPrompt, promptMode, perField, overwrite, review);
    }

    public AnalysisOptions withLimits(AnswerLimits newLimits) {
        return new AnalysisOptions(fields, language, newLimits, maxEdge, jpegQuality, customPrompt, promptMode, perField, overwrite, review);
    }

    public AnalysisOptions withMaxEdge(int newMaxEdge) {
        return new AnalysisOptions(fields, language, limits, newMaxEdge, jpegQuality, customPrompt, promptMode, perField, overwrite, review);
    }

    public AnalysisOptions withCustomPrompt(String prompt, CustomPromptMode mode) {
        return new AnalysisOptions(fields, language, limits, maxEdge, jpegQuality, prompt, mode, perField, overwrite, review);
    }

    public AnalysisOptions withPerField(boolean newPerField) {
        return new AnalysisOptions(fields, language, limits, maxEdge, jpegQuality, customPrompt, promptMode, newPerField, overwrite, review);
    }

    public AnalysisOptions withOverwrite(boolean newOverwrite) {
        return new AnalysisOptions(fields, language, limits, maxEdge, jpegQuality, customPrompt, promptMode, perField, newOverwrite, review);
    }

    public AnalysisOptions withReview(boolean newReview) {
        return new AnalysisOptions(fields, language, limits, maxEdge, jpegQuality, customPrompt, promptMode, perField, overwrite,
                newReview);
    }

    public boolean asks(AnalysisField field) {
        return fields.contains(field);
    }

    public String toJson() {
        try {
            // Sorted field set so that equal options always give the same text, hence the same key.
            java.util.Map<String, Object> values = new java.util.TreeMap<>(java.util.Map.of(
                    "fields", fields.stream().map(Enum::name).sorted().toList(),
                    "language", language.tag(),
                    "limits", limits,
                    "maxEdge", maxEdge,
                    "jpegQuality", jpegQuality,
                    "customPrompt", customPrompt == null ? "" : customPrompt,
                    "promptMode", promptMode.name(),
                    "perField", perField,
                    "overwrite", overwrite));
            // Written only when set, so options without it keep the key they had before review existed.
            if (review) {
                values.put("review", true);
            }
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write options", e);
        }
    }

    public static AnalysisOptions fromJson(String json) {
        try {
            var node = JSON.readTree(json);
            Set<AnalysisField> fields = EnumSet.noneOf(AnalysisField.class);
            node.get("fields").forEach(f -> fields.add(AnalysisField.valueOf(f.asText())));
            var limits = node.get("limits");
            return new AnalysisOptions(fields, OutputLanguage.fromTag(node.get("language").asText()),
                    new AnswerLimits(limits.get("maxTitleLength").asInt(), limits.get("maxDescriptionLength").asInt(),
                            limits.get("maxTags").asInt(), limits.get("maxCategories").asInt()),
                    node.get("maxEdge").asInt(), (float) node.get("jpegQuality").asDouble(),
                    node.get("customPrompt").asText(), CustomPromptMode.valueOf(node.get("promptMode").asText()),
                    node.get("perField").asBoolean(), node.get("overwrite").asBoolean(),
                    node.has("review") && node.get("review").asBoolean());
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable options: " + json, e);
        }
    }

    /** SHA-256 of the JSON: the "options" part of the one-active-job-per-slot rule. */
    public String key() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toJson().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
