package org.pothos.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pothos.xmp.FileLabels;

/**
 * The labels an item's files held when last read or written, stored on the item as a small JSON object: the base
 * of the next three-way merge, and what "differs from its files" compares with. Sources are not kept.
 */
final class FileLabelsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FileLabelsJson() {
    }

    static String write(FileLabels labels) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("title", labels.title());
        object.put("description", labels.description());
        List<Map<String, String>> tags = new ArrayList<>();
        for (FileLabels.Tag tag : labels.tags()) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("name", tag.name());
            if (tag.path() != null) {
                entry.put("path", tag.path());
            }
            tags.add(entry);
        }
        object.put("tags", tags);
        object.put("categories", labels.categories());
        object.put("rating", labels.rating());
        try {
            return JSON.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write labels as JSON", e);
        }
    }

    /** Null for null (the files were never read); damaged JSON also counts as never read. */
    static FileLabels read(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(json);
            List<FileLabels.Tag> tags = new ArrayList<>();
            for (JsonNode tag : node.path("tags")) {
                tags.add(new FileLabels.Tag(tag.path("name").asText(), tag.hasNonNull("path") ? tag.get("path").asText() : null));
            }
            List<String> categories = new ArrayList<>();
            node.path("categories").forEach(c -> categories.add(c.asText()));
            return new FileLabels(text(node, "title"), text(node, "description"), tags, categories,
                    node.path("rating").asInt(0), FileLabels.Sources.NONE);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
