package org.pothos.xmp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The labels a picture's files hold (its XMP, IPTC and EXIF, and its sidecars), in Pothos's terms: a title, a
 * description, tags (each with the path of its parents when a hierarchy gave one), categories and a rating 0–5.
 * {@code sources} is what Pothos recorded of each value's origin when it wrote the file itself.
 */
public record FileLabels(String title, String description, List<Tag> tags, List<String> categories, int rating,
                         Sources sources) {

    /** A tag; {@code path} holds its parents, outermost first, joined by "|" (null when the file gave none). */
    public record Tag(String name, String path) {

        public Tag {
            Objects.requireNonNull(name, "name");
            path = path == null || path.isBlank() ? null : path;
        }

        /** The whole hierarchy as {@code lr:hierarchicalSubject} writes it: {@code Animals|Dog|Labrador}. */
        public String hierarchical() {
            return path == null ? name : path + HIERARCHY_SEPARATOR + name;
        }
    }

    /**
     * The source of each value as Pothos recorded it in its own XMP namespace (the stored form: {@code user},
     * {@code file}, {@code ai:MODEL}); labels are keyed by their folded name. Empty for files Pothos did not write.
     */
    public record Sources(String title, String description, Map<String, String> tags, Map<String, String> categories) {

        public static final Sources NONE = new Sources(null, null, Map.of(), Map.of());

        public Sources {
            tags = Map.copyOf(tags);
            categories = Map.copyOf(categories);
        }

        public String tag(String name) {
            return tags.get(fold(name));
        }

        public String category(String name) {
            return categories.get(fold(name));
        }
    }

    /** Separates the levels of {@code lr:hierarchicalSubject}, as Lightroom, digiKam and darktable write it. */
    public static final String HIERARCHY_SEPARATOR = "|";
    /** The top level under which categories are written into the hierarchy: {@code Category|Landscape}. */
    public static final String CATEGORY_ROOT = "Category";

    public static final FileLabels NONE = new FileLabels(null, null, List.of(), List.of(), 0, Sources.NONE);

    public FileLabels {
        title = blankToNull(title);
        description = blankToNull(description);
        tags = List.copyOf(tags);
        categories = List.copyOf(categories);
        rating = Math.max(0, Math.min(5, rating));
        Objects.requireNonNull(sources, "sources");
    }

    public boolean isEmpty() {
        return title == null && description == null && tags.isEmpty() && categories.isEmpty() && rating == 0;
    }

    /**
     * Whether two sets of labels say the same (sources aside): what a write is checked with after reading the file
     * back. Names compare case-insensitively, order aside.
     */
    public boolean sameLabels(FileLabels other) {
        return Objects.equals(title, other.title) && Objects.equals(description, other.description)
                && rating == other.rating
                && folded(tags.stream().map(Tag::hierarchical).toList()).equals(folded(other.tags.stream().map(Tag::hierarchical).toList()))
                && folded(categories).equals(folded(other.categories));
    }

    private static java.util.Set<String> folded(List<String> names) {
        java.util.Set<String> set = new java.util.TreeSet<>();
        names.forEach(n -> set.add(fold(n)));
        return set;
    }

    static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
