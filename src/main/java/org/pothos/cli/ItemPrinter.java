package org.pothos.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pothos.library.Label;
import org.pothos.library.MediaItem;

/** Shows items as a table, as a detail sheet, or as JSON for scripts. */
final class ItemPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ItemPrinter() {
    }

    static void table(List<MediaItem> items, PrintWriter out) {
        out.printf("%-7s %-16s %-11s %-32s %-30s %s%n", "ID", "TAKEN", "SIZE", "FILE", "TITLE", "TAGS");
        for (MediaItem item : items) {
            out.printf("%-7d %-16s %-11s %-32s %-30s %s%n", item.id(),
                    item.takenAt() == null ? "-" : item.takenAt().toString().replace('T', ' '),
                    item.displayWidth() + "x" + item.displayHeight(),
                    clip(item.fileName(), 32) + (item.availability().name().equals("MISSING") ? " (missing)" : ""),
                    clip(item.title() == null ? "" : item.title(), 30),
                    names(item.tags()));
        }
    }

    static void detail(MediaItem item, PrintWriter out) {
        toMap(item).forEach((key, value) -> {
            if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
                out.printf("%-18s %s%n", key + ":", value instanceof List<?> l ? describe(l) : value);
            }
        });
    }

    static void json(Object value, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static Map<String, Object> toMap(MediaItem item) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", item.id());
        map.put("path", item.path().toString());
        map.put("fileName", item.fileName());
        map.put("availability", item.availability().name().toLowerCase(Locale.ROOT));
        map.put("format", item.format().name());
        map.put("width", item.displayWidth());
        map.put("height", item.displayHeight());
        map.put("orientation", item.orientation());
        map.put("sizeBytes", item.sizeBytes());
        map.put("sha256", item.contentHash());
        map.put("takenAt", item.takenAt() == null ? null : item.takenAt().toString());
        map.put("camera", join(item.cameraMake(), item.cameraModel()));
        map.put("lens", item.lens());
        map.put("gps", item.gpsLatitude() == null ? null
                : String.format(java.util.Locale.ROOT, "%.6f, %.6f", item.gpsLatitude(), item.gpsLongitude()));
        map.put("title", item.title());
        map.put("titleSource", item.titleSource() == null ? null : item.titleSource().toString());
        map.put("description", item.description());
        map.put("descriptionSource", item.descriptionSource() == null ? null : item.descriptionSource().toString());
        map.put("tags", labels(item.tags()));
        map.put("categories", labels(item.categories()));
        map.put("rating", item.rating());
        map.put("favourite", item.favourite());
        map.put("importedAt", item.importedAt().toString());
        map.put("analysedAt", item.analysedAt() == null ? null : item.analysedAt().toString());
        map.put("thumbnail", item.thumbnailStatus().name().toLowerCase(Locale.ROOT));
        map.put("lastError", item.lastError());
        return map;
    }

    private static List<Map<String, String>> labels(List<Label> labels) {
        return labels.stream().map(l -> Map.of("name", l.name(), "source", l.source().toString())).toList();
    }

    private static String describe(List<?> labels) {
        return labels.stream()
                .map(o -> o instanceof Map<?, ?> m ? m.get("name") + " (" + m.get("source") + ")" : String.valueOf(o))
                .collect(Collectors.joining(", "));
    }

    private static String names(List<Label> labels) {
        return labels.stream().map(Label::name).collect(Collectors.joining(", "));
    }

    private static String join(String make, String model) {
        if (make == null) {
            return model;
        }
        return model == null || model.startsWith(make) ? (model == null ? make : model) : make + " " + model;
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
