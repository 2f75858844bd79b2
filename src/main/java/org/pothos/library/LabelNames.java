package org.pothos.library;

import java.util.Locale;

/** How tag and category names are cleaned and compared: one place, so storage and queries agree. */
public final class LabelNames {

    private LabelNames() {
    }

    /** Trims and collapses inner white space; keeps the user's case for display. */
    public static String clean(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The key two names share when they are the same label: cleaned and case-folded. */
    public static String normalise(String name) {
        return clean(name).toLowerCase(Locale.ROOT);
    }

    /**
     * Keys under which an existing label should match {@code name}, best first: its own folded form,
     * then simple English singular/plural variants (cats/cat, boxes/box, berries/berry), so a model
     * writing "Dogs" joins the tag "dog" the user already has. The library stores one key per label
     * (the folded name); words outside ASCII letters are left alone, and "glass" never loses its "s".
     */
    public static java.util.List<String> matchKeys(String name) {
        String key = normalise(name);
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        keys.add(key);
        if (key.isEmpty() || !key.matches(".*[a-z]$") || !key.chars().allMatch(c -> c < 128)) {
            return java.util.List.copyOf(keys);
        }
        if (key.endsWith("ies") && key.length() > 4) {
            keys.add(key.substring(0, key.length() - 3) + "y");
        } else if (key.endsWith("es") && key.length() > 3 && key.matches(".*(s|x|z|ch|sh)es$")) {
            keys.add(key.substring(0, key.length() - 2));
        } else if (key.endsWith("s") && !key.endsWith("ss") && !key.endsWith("us") && key.length() > 3) {
            keys.add(key.substring(0, key.length() - 1));
        } else if (key.endsWith("y") && key.length() > 2 && !key.matches(".*[aeiou]y$")) {
            keys.add(key.substring(0, key.length() - 1) + "ies");
        } else if (key.matches(".*(s|x|z|ch|sh)$")) {
            keys.add(key + "es");
        } else {
            keys.add(key + "s");
        }
        return java.util.List.copyOf(keys);
    }
}
