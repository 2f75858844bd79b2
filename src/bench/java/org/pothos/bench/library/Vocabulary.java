package org.pothos.bench.library;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a synthetic library is written in: tag names (single nouns first, the most common ones,
 * then adjective + noun pairs), category names, and filler for descriptions. Fixed lists, so every
 * run builds the same library from the same seed.
 */
final class Vocabulary {

    static final List<String> NOUNS = List.of(
            "sky", "tree", "people", "water", "building", "cloud", "grass", "car", "street", "mountain",
            "beach", "dog", "cat", "flower", "window", "road", "child", "boat", "bridge", "river",
            "forest", "house", "lake", "snow", "sunset", "city", "garden", "bird", "food", "table",
            "horse", "church", "harbour", "train", "bicycle", "market", "castle", "field", "rock", "wave",
            "lamp", "chair", "book", "cake", "statue", "tower", "fence", "path", "island", "desert");

    static final List<String> ADJECTIVES = List.of(
            "red", "blue", "green", "yellow", "white", "black", "old", "small", "large", "bright",
            "dark", "wet", "dry", "sunny", "foggy", "snowy", "busy", "quiet", "wooden", "stone",
            "golden", "rusty", "tall", "narrow", "wide", "empty", "crowded", "ancient", "modern", "colourful",
            "frozen", "misty", "rainy", "calm", "wild", "distant", "tiny", "huge", "soft", "shiny");

    static final List<String> CATEGORIES = List.of(
            "Landscape", "Portrait", "Family", "Travel", "Nature", "Architecture", "Animals", "Food",
            "Street", "Night", "Sports", "Events", "Documents", "Screenshots", "Art", "Vehicles",
            "Holidays", "Beach", "Mountains", "City", "Friends", "Pets", "Garden", "Winter",
            "Summer", "Concerts", "Museum", "Wedding", "Birthday", "Work");

    static final List<String> FILLER = List.of(
            "a", "the", "with", "near", "in", "under", "beside", "and", "on", "of", "seen", "from",
            "morning", "evening", "light", "view", "scene", "afternoon", "late", "early");

    private Vocabulary() {
    }

    /** {@code count} distinct tag names, most common first. */
    static List<String> tagNames(int count) {
        int available = NOUNS.size() * (1 + ADJECTIVES.size());
        if (count > available) {
            throw new IllegalArgumentException("at most " + available + " tags, asked for " + count);
        }
        List<String> names = new ArrayList<>(count);
        for (int i = 0; i < count && i < NOUNS.size(); i++) {
            names.add(NOUNS.get(i));
        }
        for (int a = 0; names.size() < count; a++) {
            for (int n = 0; n < NOUNS.size() && names.size() < count; n++) {
                names.add(ADJECTIVES.get(a) + " " + NOUNS.get(n));
            }
        }
        return names;
    }

    static List<String> categoryNames(int count) {
        if (count > CATEGORIES.size()) {
            throw new IllegalArgumentException("at most " + CATEGORIES.size() + " categories, asked for " + count);
        }
        return CATEGORIES.subList(0, count);
    }
}
