package org.pothos.analysis.answer;

import org.pothos.library.LabelNames;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which existing tag a name written by a model should be filed under. The library stores one key per
 * tag, its folded name ({@link LabelNames#normalise}); whoever applies an answer looks these keys up
 * in order and uses the first tag found, creating a new tag only when none matches. So "Cats" joins
 * an existing "cat" instead of starting a near-duplicate.
 *
 * <p>Only the last word changes, and only with regular English plurals (s, es, ies). Words that
 * merely end in s (glass, bus, iris) keep it, and anything not plain ASCII letters is left alone, as
 * Chinese has no plural forms to fold.
 */
public final class TagMatcher {

    private static final Pattern ASCII_WORD = Pattern.compile("[a-z]+");
    private static final Pattern SIBILANT_STEM = Pattern.compile(".*(?:s|x|z|ch|sh)");
    private static final Pattern CONSONANT_Y = Pattern.compile(".*[^aeiou]y");
    private static final int MIN_STEM = 2;

    private TagMatcher() {
    }

    /** The folded name first, then its singular or plural forms; empty for a blank name. */
    public static List<String> lookupKeys(String name) {
        String folded = LabelNames.normalise(name);
        if (folded.isEmpty()) {
            return List.of();
        }
        int space = folded.lastIndexOf(' ');
        String head = folded.substring(0, space + 1);
        String word = folded.substring(space + 1);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(folded);
        if (ASCII_WORD.matcher(word).matches()) {
            variants(word).forEach(variant -> keys.add(head + variant));
        }
        return List.copyOf(keys);
    }

    private static List<String> variants(String word) {
        if (isPlural(word)) {
            return singulars(word);
        }
        return List.of(plural(word));
    }

    private static boolean isPlural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && word.length() > MIN_STEM + 1;
    }

    /** Most likely first: berries → berry, boxes → box, horses → horse, cats → cat. */
    private static List<String> singulars(String word) {
        if (word.endsWith("ies") && word.length() > MIN_STEM + 3) {
            return List.of(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("es")) {
            String stem = word.substring(0, word.length() - 2);
            if (SIBILANT_STEM.matcher(stem).matches()) {
                // glasses → glass, boxes → box; but horses → horse, so try dropping only the s as well
                return stem.endsWith("s") && !stem.endsWith("ss")
                        ? List.of(word.substring(0, word.length() - 1), stem)
                        : List.of(stem);
            }
        }
        return List.of(word.substring(0, word.length() - 1));
    }

    private static String plural(String word) {
        if (CONSONANT_Y.matcher(word).matches()) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (SIBILANT_STEM.matcher(word).matches()) {
            return word + "es";
        }
        return word + "s";
    }
}
